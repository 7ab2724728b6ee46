package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A reception day in the console (Law on Citizen Reception 2013, art. 25): the officer records that
 * the planned session was held, cancels another, and writes the visitor into the register.
 */
class ReceptionConsoleTest extends ConsoleFixtures {

    /** A unit no other test receives citizens in, so the year's register starts with this test's entry. */
    private static final String OFFICER = "officer.09556";

    private static final String PLAN = """
            mutation($input: PlanReceptionSessionInput!) { planReceptionSession(input: $input) { id } }
            """;

    @Test
    void anOfficerHoldsASessionRecordsAVisitorAndFindsTheEntryInTheRegister() throws Exception {
        String marker = marker();
        String held = "Phòng tiếp công dân " + marker;
        String cancelled = "Hội trường " + marker;
        plan(held, "08:00");
        plan(cancelled, "14:00");
        String visitor = "Đỗ Thị Hằng " + marker;
        String month = today().toString().substring(0, 7);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(OFFICER);
            browser.go("#/receptions?month=" + month);
            browser.heading("Lịch tiếp công dân");
            String heldRow = session(held);
            browser.click(By.xpath(heldRow + "//button[@data-action='HOLD']"));
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.type(browser.visible(By.cssSelector(".session-change [name=noteTakerName]")), "Vũ Thị Mai");
            browser.click(By.cssSelector(".session-change button[type=submit]"));
            browser.waitFor(driver -> driver.findElement(By.xpath(heldRow + "/td[contains(@class, 'session-state')]"))
                    .getText()
                    .equals("Đã tiếp"));

            // Cancelling asks for the reason: the API's refusal shows at the form.
            String cancelledRow = session(cancelled);
            browser.click(By.xpath(cancelledRow + "//button[@data-action='CANCEL']"));
            browser.click(By.cssSelector(".session-change button[type=submit]"));
            assertThat(browser.visible(By.cssSelector(".session-change [role=alert]"))
                            .getAttribute("data-code"))
                    .isEqualTo("BAD_USER_INPUT");
            browser.type(browser.visible(By.cssSelector(".session-change [name=reason]")), "Trùng lịch họp HĐND");
            browser.click(By.cssSelector(".session-change button[type=submit]"));
            browser.waitFor(
                    driver -> driver.findElement(By.xpath(cancelledRow + "/td[contains(@class, 'session-state')]"))
                            .getText()
                            .equals("Đã hủy — Trùng lịch họp HĐND"));
            browser.screenshot("10-reception-calendar");

            browser.click(By.xpath(heldRow + "//a[text()='Ghi sổ']"));
            browser.heading("Sổ tiếp công dân");
            browser.visible(By.cssSelector("form.record-entry"));
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.type(browser.visible(By.cssSelector("form.record-entry [name=fullName]")), visitor);
            browser.click(By.cssSelector("form.record-entry button[type=submit]"));
            assertThat(browser.visible(By.cssSelector("form.record-entry [role=alert]"))
                            .getAttribute("data-code"))
                    .isEqualTo("BAD_USER_INPUT");
            assertThat(browser.visible(By.cssSelector("form.record-entry [name=content]"))
                            .getAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.type(
                    browser.visible(By.cssSelector("form.record-entry [name=content]")),
                    "Phản ánh đèn chiếu sáng ngõ 8 hỏng đã hai tháng " + marker);
            browser.click(By.cssSelector("form.record-entry [name=kind-REFLECTION]"));
            browser.click(By.cssSelector("form.record-entry [name=raise]"));
            browser.type(browser.visible(By.cssSelector("form.record-entry [name=subject]")), "Đèn ngõ 8 hỏng");
            browser.click(By.cssSelector("form.record-entry button[type=submit]"));

            assertThat(browser.visible(By.cssSelector("p.done")).getText()).matches("Đã ghi sổ, số \\d+/\\d{4}\\.");
            assertThat(browser.visible(By.cssSelector(".receipt")).getText())
                    .contains("Phản ánh")
                    .contains("Mã theo dõi");
            String entry = "//table[contains(@class, 'reception-register')]/tbody/tr[contains(., '" + marker + "')]";
            browser.visible(By.xpath(entry));
            String row = browser.waitFor(
                    driver -> driver.findElement(By.xpath(entry)).getText());
            assertThat(row).contains(visitor, "Phản ánh", today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(browser.visible(By.cssSelector("form.record-entry [name=content]"))
                            .getAttribute("aria-invalid"))
                    .isNull();
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.visible(By.xpath(entry)));
            browser.screenshot("11-reception-register");
        }

        Response register = graphQl(OFFICER, """
                query($year: Int!) { receptionRegister(year: $year, first: 200) {
                  edges { node { content visitors { fullName } petitions { kind } session { status noteTakerName } } }
                } }
                """, Map.of("year", today().getYear()));
        List<Map<String, Object>> entries =
                register.read("$.data.receptionRegister.edges[?(@.node.content =~ /.*" + marker + "/)].node");
        assertThat(entries).as(register.body()).hasSize(1);
        assertThat(entries.getFirst().toString()).contains(visitor, "REFLECTION", "HELD", "Vũ Thị Mai");
    }

    private void plan(String place, String startsAt) {
        Response planned = graphQl(
                OFFICER,
                PLAN,
                Map.of(
                        "input",
                        Map.of(
                                "kind",
                                "REGULAR",
                                "heldOn",
                                today().toString(),
                                "startsAt",
                                startsAt,
                                "place",
                                place,
                                "presiderOffice",
                                "OFFICER",
                                "presiderName",
                                "Nguyễn Thị Lan")));
        assertThat(planned.errorCode()).as(planned.body()).isNull();
    }

    private static String session(String place) {
        return "//table[contains(@class, 'sessions')]/tbody/tr[contains(., '" + place + "')]";
    }
}
