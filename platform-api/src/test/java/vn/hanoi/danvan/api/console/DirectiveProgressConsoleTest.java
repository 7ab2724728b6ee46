package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The city supervisor follows a directive through all 126 units: by task, then unit by unit. */
class DirectiveProgressConsoleTest extends ConsoleFixtures {

    private static final int HANOI_UNITS = 126;
    private static final String HOAN_KIEM_CODE = "00070";

    @Test
    void aSupervisorSeesEachUnitsStatusOnATaskAndTheLateUnitsOfAnother() throws Exception {
        String directive = supervisor(
                        "mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "number",
                                        "T" + UUID.randomUUID().toString().substring(0, 8) + "-CT/TU",
                                        "title",
                                        "Chỉ thị về công tác dân vận " + marker(),
                                        "issuedOn",
                                        today().minusMonths(4).toString(),
                                        "issuer",
                                        "Ban Thường vụ Thành ủy",
                                        "groups",
                                        List.of("Quán triệt"))))
                .read("$.data.createDirective.id");
        String oneOff = task(
                directive,
                "Quán triệt chỉ thị",
                Map.of("dueOn", today().plusMonths(2).toString()));
        String monthly = task(
                directive,
                "Báo cáo hằng tháng",
                Map.of(
                        "recurrence", "MONTHLY",
                        "startsOn", today().minusMonths(3).withDayOfMonth(1).toString(),
                        "endsOn", today().plusMonths(3).toString()));
        for (String task : List.of(oneOff, monthly)) {
            supervisor(
                    "mutation($input: AssignDirectiveTaskInput!) { assignDirectiveTask(input: $input) { created } }",
                    Map.of("input", Map.of("taskId", task, "units", Map.of("all", true))));
        }
        // Hoàn Kiếm takes the one-off task on and is 40% through it, with a note the city never sees.
        String assignment = assignmentOf(oneOff);
        hoanKiem("mutation($id: ID!) { acceptDirectiveAssignment(id: $id) { id } }", Map.of("id", assignment));
        hoanKiem(
                "mutation($input: DirectiveReportInput!) { reportDirectiveProgress(input: $input) { id } }",
                Map.of("input", Map.of("assignmentId", assignment, "percent", 40, "narrative", "Đã họp quán triệt.")));
        String internal = "Ông Phạm Văn Quý xin lùi hạn " + marker();
        hoanKiem(
                "mutation($input: DirectiveNoteInput!) { addDirectiveNote(input: $input) { id } }",
                Map.of("input", Map.of("assignmentId", assignment, "body", internal, "internal", true)));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(SUPERVISOR);
            browser.click(By.xpath("//nav//a[text()='Tiến độ chỉ thị']"));
            browser.heading("Tiến độ thực hiện chỉ thị");
            browser.go("#/directive-progress?directive=" + URLEncoder.encode(directive, StandardCharsets.UTF_8));
            By units = By.cssSelector("table.unit-progress tbody tr");
            browser.waitFor(driver -> driver.findElements(units).size() == HANOI_UNITS);
            assertThat(browser.all(By.cssSelector("table.task-progress tbody tr")))
                    .hasSize(2);
            assertThat(browser.unlabelledControls()).isEmpty();

            String first = "//table[contains(@class, 'task-progress')]/tbody/tr[1]";
            assertThat(cell(browser, first, "count-inProgress")).isEqualTo("1");
            assertThat(cell(browser, first, "count-notStarted")).isEqualTo("125");
            assertThat(browser.visible(By.cssSelector("tr[data-unit='" + HOAN_KIEM_CODE + "']"))
                            .getText())
                    .contains("Đang thực hiện", "40%");

            // The furthest along first, by percentage.
            browser.click(By.cssSelector("button[data-sort=percent]"));
            browser.waitFor(driver -> "descending"
                    .equals(driver.findElement(By.xpath("//button[@data-sort='percent']/.."))
                            .getAttribute("aria-sort")));
            String furthest =
                    browser.waitFor(driver -> driver.findElement(units).getAttribute("data-unit"));
            assertThat(furthest).isEqualTo(HOAN_KIEM_CODE);
            browser.screenshot("12-directive-progress");

            // The monthly task: every unit has missed its reports, and each row says so in red.
            browser.click(By.xpath("//table[contains(@class, 'task-progress')]/tbody/tr[2]/th/a"));
            browser.waitFor(driver -> "true"
                    .equals(driver.findElement(By.xpath("//table[contains(@class, 'task-progress')]/tbody/tr[2]"))
                            .getAttribute("aria-current")));
            browser.waitFor(driver -> driver.findElements(By.cssSelector("table.unit-progress tbody tr.late"))
                            .size()
                    == HANOI_UNITS);
            assertThat(cell(browser, "//table[contains(@class, 'task-progress')]/tbody/tr[2]", "count-late"))
                    .isEqualTo("126");
            assertThat(browser.all(units).stream().map(WebElement::getText))
                    .allSatisfy(text -> assertThat(text).contains("Chậm"));
            browser.screenshot("13-directive-progress-late");
            assertThat(browser.page()).doesNotContain(internal).doesNotContain("Phạm Văn Quý");
        }
    }

    private static String cell(Browser browser, String row, String column) {
        return browser.waitFor(driver -> driver.findElement(By.xpath(row + "/td[contains(@class, '" + column + "')]"))
                .getText());
    }

    private Response supervisor(String document, Map<String, Object> variables) {
        Response response = graphQl(SUPERVISOR, document, variables);
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response;
    }

    private void hoanKiem(String document, Map<String, Object> variables) {
        Response response = graphQl(OFFICER_HOAN_KIEM, document, variables);
        assertThat(response.errorCode()).as(response.body()).isNull();
    }

    private String task(String directive, String title, Map<String, Object> schedule) {
        Map<String, Object> input = new HashMap<>(schedule);
        input.putAll(Map.of("directiveId", directive, "groupPosition", 1, "title", title));
        return supervisor(
                        "mutation($input: CreateDirectiveTaskInput!) { createDirectiveTask(input: $input) { id } }",
                        Map.of("input", input))
                .read("$.data.createDirectiveTask.id");
    }

    private String assignmentOf(String task) {
        Response response = graphQl(
                OFFICER_HOAN_KIEM, "{ directiveAssignments(first: 200) { edges { node { id task { id } } } } }");
        List<String> ids =
                response.json().read("$.data.directiveAssignments.edges[?(@.node.task.id == '" + task + "')].node.id");
        assertThat(ids).as(response.body()).hasSize(1);
        return ids.getFirst();
    }
}
