package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An officer's day in the console: register, find in the inbox, move on, read the timeline. */
class OfficerConsoleTest extends ConsoleFixtures {

    @Test
    void anOfficerRegistersAPetitionSeesItsDeadlineInTheInboxAndAcceptsIt() throws Exception {
        String marker = marker();
        String subject = "Khiếu nại về cấp phép xây dựng " + marker;
        try (Browser browser = Browser.open(port)) {
            browser.signIn(OFFICER_HOAN_KIEM);
            browser.heading("Hộp đơn thư");
            browser.screenshot("01-officer-inbox");
            assertThat(browser.unlabelledControls()).isEmpty();

            browser.go("#/register");
            browser.heading("Tiếp nhận đơn");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.click(By.name("kind-COMPLAINT"));
            browser.type(browser.visible(By.name("subject")), subject);
            browser.type(browser.visible(By.name("matter")), "Công trình xây sai phép ở ngõ 12, đề nghị xem xét.");
            browser.type(browser.visible(By.name("fullName")), "Nguyễn Văn Bình");
            browser.click(By.cssSelector("form.register button[type=submit]"));
            WebElement receipt = browser.visible(By.cssSelector(".receipt"));
            assertThat(receipt.getText()).contains("Đã tiếp nhận").contains("Mã theo dõi");
            browser.screenshot("02-register-receipt");

            // Found again by words typed without diacritics.
            browser.go("#/inbox");
            browser.heading("Hộp đơn thư");
            browser.type(browser.visible(By.name("q")), "cap phep xay dung " + marker);
            browser.click(By.cssSelector("form.filters button[type=submit]"));
            String rowPath = "//table[contains(@class, 'petitions')]/tbody/tr[contains(., '" + subject + "')]";
            By row = By.xpath(rowPath);
            browser.visible(row);
            assertThat(browser.all(By.cssSelector("table.petitions tbody tr"))).hasSize(1);
            DocumentContext stored = stored(marker);
            int daysLeft = stored.read("$.deadline.daysLeft");
            String badge = browser.waitFor(driver -> driver.findElement(row)
                    .findElement(By.cssSelector(".badge"))
                    .getText());
            assertThat(badge).isEqualTo("Còn " + daysLeft + " ngày");

            browser.click(By.xpath(rowPath + "//a"));
            browser.waitFor(driver ->
                    driver.findElement(By.cssSelector("main h1")).getText().contains(subject));

            // The API's validation message reaches the officer.
            browser.click(By.cssSelector("button[data-action=REJECT]"));
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.click(By.cssSelector(".action-form button[type=submit]"));
            WebElement refusal = browser.visible(By.cssSelector(".action-form [role=alert]"));
            assertThat(refusal.getAttribute("data-code")).isEqualTo("BAD_USER_INPUT");
            browser.click(By.xpath("//div[@class='action-form']//button[text()='Hủy']"));

            act(browser, "CLASSIFY", "Đã phân loại");
            act(browser, "ACCEPT", "Đã thụ lý");

            List<String> timeline = browser.all(By.cssSelector("ol.timeline li strong")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(timeline).containsExactly("Tiếp nhận", "Đã phân loại", "Đã thụ lý");
            assertThat(browser.visible(By.cssSelector("dl.facts")).getText()).contains("Hạn giải quyết");
            browser.screenshot("03-petition-detail");
        }
        assertThat((String) stored(marker).read("$.state")).isEqualTo("ACCEPTED");
    }

    @Test
    void theInboxShowsANewPetitionAsSoonAsAColleagueRegistersIt() throws Exception {
        String marker = marker();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(OFFICER_HOAN_KIEM);
            browser.go("#/inbox?q=" + marker);
            browser.visible(By.cssSelector("td.empty"));
            browser.waitFor(
                    driver -> "on".equals(driver.findElement(By.tagName("html")).getAttribute("data-live")));

            receive(CLERK_HOAN_KIEM, "REFLECTION", "Phản ánh tiếng ồn " + marker, "Trần Thị Hoa", null);

            browser.waitFor(
                    driver -> driver.findElement(By.id("live")).getText().equals("Có đơn mới vừa được tiếp nhận."));
            browser.waitFor(driver -> driver.findElement(By.cssSelector("table.petitions"))
                    .getText()
                    .contains(marker));
        }
    }

    private static void act(Browser browser, String action, String state) {
        browser.click(By.cssSelector("button[data-action=" + action + "]"));
        browser.click(By.cssSelector(".action-form button[type=submit]"));
        browser.waitFor(driver ->
                driver.findElement(By.cssSelector("dl.facts")).getText().contains(state));
        assertThat(browser.visible(By.cssSelector("p.done")).getText()).isEqualTo("Đã lưu.");
    }

    private DocumentContext stored(String marker) {
        Response response = graphQl(
                OFFICER_HOAN_KIEM,
                "query($filter: PetitionFilter) { petitions(filter: $filter) { edges { node { state deadline { daysLeft } } } } }",
                Map.of("filter", Map.of("search", marker)));
        List<Object> nodes = response.read("$.data.petitions.edges[*].node");
        assertThat(nodes).as(response.body()).hasSize(1);
        return JsonPath.parse(nodes.getFirst());
    }
}
