package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An officer of one unit goes through every screen of the console and never meets a trace of
 * another unit's petitions, receptions or directive tasks, even when asking for them by id. Along
 * the way the unit's own work shows: its petition, its reception session, its task, which the
 * officer accepts and reports on.
 */
class UnitIsolationConsoleTest extends ConsoleFixtures {

    @Test
    void anOfficerOfOneUnitNeverSeesAnotherUnitsDataOnAnyScreen() throws Exception {
        String marker = marker();
        DocumentContext foreign = receive(
                OFFICER_HOAN_KIEM, "COMPLAINT", "Khiếu nại ở Hoàn Kiếm " + marker, "Đinh Thị Kín " + marker, null);
        DocumentContext own =
                receive(OFFICER_BA_DINH, "COMPLAINT", "Khiếu nại ở Ba Đình " + marker, "Phan Văn Mở", null);
        String foreignId = foreign.read("$.id");
        List<String> foreignTraces = List.of(
                foreign.read("$.trackingCode"), "Khiếu nại ở Hoàn Kiếm " + marker, "Đinh Thị Kín", "Chủ trì Hoàn Kiếm");
        plan(OFFICER_HOAN_KIEM, "Chủ trì Hoàn Kiếm " + marker);
        plan(OFFICER_BA_DINH, "Chủ trì Ba Đình " + marker);
        String directive = directive(marker);
        assign(task(directive, "Nhiệm vụ riêng Hoàn Kiếm " + marker), "00070");
        assign(task(directive, "Nhiệm vụ của Ba Đình " + marker), "00004");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(OFFICER_BA_DINH);
            browser.heading("Hộp đơn thư");
            assertThat(browser.all(By.cssSelector("#nav a")).stream().map(a -> a.getText()))
                    .contains("Hộp đơn thư", "Lịch tiếp công dân", "Nhiệm vụ chỉ thị")
                    .doesNotContain("Tổng hợp toàn thành phố", "Chờ lãnh đạo");

            browser.go("#/inbox?q=" + marker);
            browser.waitFor(driver -> driver.findElement(By.cssSelector("table.petitions"))
                    .getText()
                    .contains("Ba Đình " + marker));
            assertThat(browser.all(By.cssSelector("table.petitions tbody tr"))).hasSize(1);
            assertNoTrace(browser, foreignTraces);

            browser.go("#/petitions/" + URLEncoder.encode(foreignId, StandardCharsets.UTF_8));
            assertThat(browser.visible(By.cssSelector("main [role=alert]")).getText())
                    .contains("Không tìm thấy");
            assertNoTrace(browser, foreignTraces);

            browser.go("#/petitions/" + URLEncoder.encode(own.<String>read("$.id"), StandardCharsets.UTF_8));
            browser.waitFor(driver ->
                    driver.findElement(By.cssSelector("main h1")).getText().contains("Ba Đình " + marker));
            assertNoTrace(browser, foreignTraces);

            browser.go("#/receptions");
            browser.waitFor(
                    driver -> driver.findElement(By.tagName("main")).getText().contains("Chủ trì Ba Đình " + marker));
            browser.screenshot("05-receptions");
            assertNoTrace(browser, foreignTraces);

            browser.go("#/directives");
            browser.waitFor(driver ->
                    driver.findElement(By.tagName("main")).getText().contains("Nhiệm vụ của Ba Đình " + marker));
            assertThat(browser.page()).doesNotContain("Nhiệm vụ riêng Hoàn Kiếm " + marker);
            String card = "//article[contains(., 'Nhiệm vụ của Ba Đình " + marker + "')]";
            browser.click(By.xpath(card + "//button[text()='Tiếp nhận nhiệm vụ']"));
            browser.type(browser.visible(By.xpath(card + "//input[@name='percent']")), "40");
            browser.type(browser.visible(By.xpath(card + "//textarea")), "Đã quán triệt tới các tổ dân phố.");
            browser.click(By.xpath(card + "//button[text()='Báo cáo tiến độ']"));
            browser.waitFor(
                    driver -> driver.findElement(By.xpath(card)).getText().contains("40%"));
            assertThat(browser.visible(By.cssSelector("p.done")).getText()).isEqualTo("Đã gửi báo cáo.");
            browser.screenshot("06-directives");

            browser.go("#/dashboard");
            assertThat(browser.visible(By.cssSelector("main [role=alert]")).getText())
                    .isEqualTo("Vai trò của bạn không dùng màn hình này.");

            browser.go("#/explorer");
            browser.heading("Thử truy vấn GraphQL");
            browser.type(
                    browser.visible(By.name("query")),
                    "{ node(id: \"" + foreignId + "\") { id ... on Petition { subject } } }");
            browser.click(By.xpath("//button[starts-with(text(), 'Chạy')]"));
            browser.waitFor(driver ->
                    driver.findElement(By.cssSelector("pre.result")).getText().contains("\"node\": null"));
            browser.screenshot("07-explorer");
            assertNoTrace(browser, foreignTraces);
        }
    }

    private static void assertNoTrace(Browser browser, List<String> traces) {
        String page = browser.page();
        assertThat(traces).allSatisfy(trace -> assertThat(page).doesNotContain(trace));
    }

    private void plan(String officer, String presider) {
        Response response = graphQl(
                officer,
                "mutation($input: PlanReceptionSessionInput!) { planReceptionSession(input: $input) { id } }",
                Map.of(
                        "input",
                        Map.of(
                                "kind", "REGULAR",
                                "heldOn", today().toString(),
                                "startsAt", "08:00",
                                "place", "Trụ sở",
                                "presiderOffice", "OFFICER",
                                "presiderName", presider)));
        assertThat(response.errorCode()).as(response.body()).isNull();
    }

    private String directive(String marker) {
        Response response = graphQl(
                SUPERVISOR,
                "mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id } }",
                Map.of(
                        "input",
                        Map.of(
                                "number",
                                marker + "-CT/TU",
                                "title",
                                "Chỉ thị thử nghiệm " + marker,
                                "issuedOn",
                                today().toString(),
                                "issuer",
                                "Ban Thường vụ Thành ủy",
                                "groups",
                                List.of("Quán triệt"))));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.createDirective.id");
    }

    private String task(String directive, String title) {
        Response response = graphQl(
                SUPERVISOR,
                "mutation($input: CreateDirectiveTaskInput!) { createDirectiveTask(input: $input) { id } }",
                Map.of(
                        "input",
                        Map.of(
                                "directiveId",
                                directive,
                                "groupPosition",
                                1,
                                "title",
                                title,
                                "description",
                                "Triển khai tới toàn dân.",
                                "dueOn",
                                today().plusDays(60).toString())));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.createDirectiveTask.id");
    }

    private void assign(String task, String unit) {
        Response response = graphQl(
                SUPERVISOR,
                "mutation($input: AssignDirectiveTaskInput!) { assignDirectiveTask(input: $input) { created } }",
                Map.of("input", Map.of("taskId", task, "units", Map.of("codes", List.of(unit)))));
        assertThat(response.errorCode()).as(response.body()).isNull();
    }
}
