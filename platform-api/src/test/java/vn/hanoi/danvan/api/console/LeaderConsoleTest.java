package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A denouncer's identity (Law on Denunciation 2018, art. 47): the unit's leader reads it in the
 * console; a colleague who is not the handler sees that it is withheld, and nothing of it.
 */
class LeaderConsoleTest extends ConsoleFixtures {

    @Test
    void theLeaderSeesTheDenouncerWhomAColleagueSeesWithheld() throws Exception {
        String marker = marker();
        String denouncer = "Vương Thị Tố " + marker;
        DocumentContext petition =
                receive(OFFICER_HOAN_KIEM, "DENUNCIATION", "Tố cáo sai phạm đất đai " + marker, denouncer, null);
        String detail = "#/petitions/" + URLEncoder.encode(petition.read("$.id"), StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(LEADER_HOAN_KIEM);
            browser.go("#/leader");
            browser.heading("Vụ việc chờ lãnh đạo quyết định");
            browser.screenshot("08-leader");
            browser.go(detail);
            assertThat(browser.visible(By.cssSelector("ul.people")).getText()).contains(denouncer);
            browser.screenshot("09-leader-denunciation");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(CLERK_HOAN_KIEM);
            browser.go(detail);
            assertThat(browser.visible(By.cssSelector("ul.people")).getText())
                    .isEqualTo("Đã ẩn để bảo vệ người tố cáo");
            assertThat(browser.page()).doesNotContain(denouncer);

            // In English too, dates stay day/month/year.
            new Select(browser.driver().findElement(By.id("lang"))).selectByValue("en");
            browser.waitFor(driver -> driver.findElement(By.cssSelector("ul.people"))
                    .getText()
                    .equals("Withheld to protect the denouncer"));
            assertThat(browser.visible(By.cssSelector("dl.facts")).getText())
                    .contains("Received", today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }
}
