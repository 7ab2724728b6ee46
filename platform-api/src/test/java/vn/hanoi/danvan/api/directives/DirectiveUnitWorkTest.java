package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a unit does with its assignment, and what others may see of it. */
class DirectiveUnitWorkTest extends DirectiveFixtures {

    static final String PLAN = """
            mutation($input: DirectivePlanItemInput!) { addDirectivePlanItem(input: $input) { id title } }
            """;

    static final String NOTE = """
            mutation($input: DirectiveNoteInput!) { addDirectiveNote(input: $input) { id internal } }
            """;

    @Test
    void aUnitCannotSeeAnotherUnitsPlanItemsOrReports() {
        String task = oneOffTask(directive(), "2026-12-31");
        Map<String, String> ids = assignTo(task, HOAN_KIEM, BA_DINH);
        String hoanKiem = ids.get(HOAN_KIEM);
        Response plan = graphQl(
                HOAN_KIEM,
                PLAN,
                Map.of(
                        "input",
                        Map.of(
                                "assignmentId", hoanKiem,
                                "title", "Họp quán triệt tại tổ dân phố số 3",
                                "ownerName", "Nguyễn Thị Lan",
                                "startsOn", "2026-01-05",
                                "dueOn", "2026-01-20")));
        assertThat(plan.errorCode()).as(plan.body()).isNull();
        String planItem = plan.read("$.data.addDirectivePlanItem.id");
        String report = report(HOAN_KIEM, hoanKiem, 40, null).read("$.data.reportDirectiveProgress.id");

        assertThat(graphQl(BA_DINH, ASSIGNMENT, Map.of("id", hoanKiem)).<Object>read("$.data.directiveAssignment"))
                .isNull();
        assertThat(graphQl(BA_DINH, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", planItem))
                        .<Object>read("$.data.node"))
                .isNull();
        assertThat(graphQl(BA_DINH, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", report))
                        .<Object>read("$.data.node"))
                .isNull();
        assertThat(report(BA_DINH, hoanKiem, 90, null).errorCode()).isEqualTo("NOT_FOUND");
        Response own = graphQl(BA_DINH, ASSIGNMENT, Map.of("id", ids.get(BA_DINH)));
        assertThat(own.body()).doesNotContain("tổ dân phố số 3").doesNotContain("40%");
        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", hoanKiem)).body())
                .contains("tổ dân phố số 3")
                .contains("Đã triển khai 40%.");
    }

    @Test
    void aCitySupervisorSeesStatusAndProgressButNotTheInternalNotes() {
        String directive = directive();
        String task = oneOffTask(directive, "2026-12-31");
        String assignment = assignTo(task, HOAN_KIEM).get(HOAN_KIEM);
        graphQl(
                HOAN_KIEM,
                "mutation($id: ID!) { acceptDirectiveAssignment(id: $id) { status } }",
                Map.of("id", assignment));
        graphQl(
                HOAN_KIEM,
                NOTE,
                Map.of("input", Map.of("assignmentId", assignment, "body", "Chưa đủ kinh phí, xin ý kiến bí thư.")));
        graphQl(
                HOAN_KIEM,
                NOTE,
                Map.of(
                        "input",
                        Map.of(
                                "assignmentId",
                                assignment,
                                "body",
                                "Đã gửi kế hoạch lên Thành ủy.",
                                "internal",
                                false)));
        report(HOAN_KIEM, assignment, 60, null);

        Response drillDown = graphQl(SUPERVISOR, ASSIGNMENT, Map.of("id", assignment));
        assertThat(drillDown.errorCode()).as(drillDown.body()).isNull();
        assertThat(drillDown.<String>read("$.data.directiveAssignment.status")).isEqualTo("IN_PROGRESS");
        assertThat(drillDown.<Integer>read("$.data.directiveAssignment.percent"))
                .isEqualTo(60);
        assertThat(drillDown.body()).contains("Đã gửi kế hoạch lên Thành ủy.").doesNotContain("kinh phí");

        Response progress = graphQl(SUPERVISOR, """
                query($id: ID!) { directiveProgress(directiveId: $id) {
                  tasks { assigned inProgress units { unitCode status percent } }
                } }
                """, Map.of("id", directive));
        assertThat(progress.<Integer>read("$.data.directiveProgress.tasks[0].assigned"))
                .isEqualTo(1);
        assertThat(progress.<Integer>read("$.data.directiveProgress.tasks[0].inProgress"))
                .isEqualTo(1);
        assertThat(progress.<Integer>read("$.data.directiveProgress.tasks[0].units[0].percent"))
                .isEqualTo(60);
        assertThat(progress.body()).doesNotContain("kinh phí");

        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", assignment)).body())
                .contains("kinh phí");
        assertThat(graphQl(SUPERVISOR, "{ directiveAssignments { totalCount } }")
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(graphQl(
                                HOAN_KIEM,
                                "query($id: ID!) { directiveProgress(directiveId: $id) { asOf } }",
                                Map.of("id", directive))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aQuarterlyTaskWithOneMissedReportReadsAsLateForThatUnitOnly() {
        LocalDate today = LocalDate.now(DirectiveCalendar.HANOI);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate twoBack = thisQuarter.minusMonths(6);
        LocalDate oneBack = thisQuarter.minusMonths(3);
        String directive = directive();
        String task = recurringTask(
                directive,
                "QUARTERLY",
                twoBack.toString(),
                thisQuarter.plusMonths(6).minusDays(1).toString());
        Map<String, String> ids = assignTo(task, HOAN_KIEM, BA_DINH);

        assertThat(report(HOAN_KIEM, ids.get(HOAN_KIEM), 30, twoBack.toString()).errorCode())
                .isNull();
        assertThat(report(HOAN_KIEM, ids.get(HOAN_KIEM), 60, oneBack.toString()).errorCode())
                .isNull();
        assertThat(report(BA_DINH, ids.get(BA_DINH), 30, twoBack.toString()).errorCode())
                .isNull();

        Response progress = graphQl(SUPERVISOR, """
                query($id: ID!) { directiveProgress(directiveId: $id) {
                  units { unitCode late }
                  tasks { late inProgress statuses units { unitCode status missedReports nextReportDueOn } }
                } }
                """, Map.of("id", directive));
        assertThat(progress.<Integer>read("$.data.directiveProgress.tasks[0].late"))
                .isEqualTo(1);
        assertThat(progress.<Integer>read("$.data.directiveProgress.tasks[0].inProgress"))
                .isEqualTo(1);
        assertThat(progress.<List<String>>read(
                        "$.data.directiveProgress.tasks[0].units[?(@.unitCode == '00004')].status"))
                .containsExactly("LATE");
        assertThat(progress.<List<Integer>>read(
                        "$.data.directiveProgress.tasks[0].units[?(@.unitCode == '00004')].missedReports"))
                .containsExactly(1);
        assertThat(progress.<List<String>>read(
                        "$.data.directiveProgress.tasks[0].units[?(@.unitCode == '00070')].status"))
                .containsExactly("IN_PROGRESS");

        List<String> columns = progress.read("$.data.directiveProgress.units[*].unitCode");
        List<String> row = progress.read("$.data.directiveProgress.tasks[0].statuses");
        assertThat(row.get(columns.indexOf("00004"))).isEqualTo("LATE");
        assertThat(row.get(columns.indexOf("00070"))).isEqualTo("IN_PROGRESS");

        Response baDinh = graphQl(BA_DINH, ASSIGNMENT, Map.of("id", ids.get(BA_DINH)));
        assertThat(baDinh.<String>read("$.data.directiveAssignment.status")).isEqualTo("LATE");
        assertThat(baDinh.<String>read("$.data.directiveAssignment.nextReportDueOn"))
                .isEqualTo(thisQuarter.minusDays(1).toString());
        assertThat(baDinh.<List<Object>>read("$.data.directiveAssignment.obligations"))
                .hasSize(4);
        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", ids.get(HOAN_KIEM)))
                        .<String>read("$.data.directiveAssignment.status"))
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void theCityReturnsAReportForReworkAndTheUnitIsNoLongerDone() {
        String task = oneOffTask(
                directive(), LocalDate.now(DirectiveCalendar.HANOI).plusDays(30).toString());
        String assignment = assignTo(task, HOAN_KIEM).get(HOAN_KIEM);
        String report = report(HOAN_KIEM, assignment, 100, null).read("$.data.reportDirectiveProgress.id");
        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", assignment))
                        .<String>read("$.data.directiveAssignment.status"))
                .isEqualTo("DONE");

        String returnReport = """
                mutation($id: ID!, $comment: String!) { returnDirectiveReport(id: $id, comment: $comment) { state returnComment } }
                """;
        assertThat(graphQl(HOAN_KIEM, returnReport, Map.of("id", report, "comment", "x"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        Response returned =
                graphQl(SUPERVISOR, returnReport, Map.of("id", report, "comment", "Bổ sung biên bản họp dân."));
        assertThat(returned.<String>read("$.data.returnDirectiveReport.state")).isEqualTo("RETURNED");
        assertThat(graphQl(SUPERVISOR, returnReport, Map.of("id", report, "comment", "again"))
                        .errorCode())
                .isEqualTo("CONFLICT");

        Response after = graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", assignment));
        assertThat(after.<String>read("$.data.directiveAssignment.status")).isEqualTo("IN_PROGRESS");
        assertThat(after.<String>read("$.data.directiveAssignment.doneOn")).isNull();
        assertThat(after.<String>read("$.data.directiveAssignment.reports[0].returnComment"))
                .isEqualTo("Bổ sung biên bản họp dân.");
        assertThat(graphQl(HOAN_KIEM, "{ directiveFeed(first: 5) { edges { node { kind message } } } }")
                        .<String>read("$.data.directiveFeed.edges[0].node.kind"))
                .isEqualTo("REPORT_RETURNED");
        assertThat(count(
                        "select count(*) from platform.directive_assignment_fact where done_on is null and returned_reports = 1 and task_id = "
                                + key(task)))
                .isEqualTo(1);
    }

    @Test
    void aOneOffTaskPastItsDeadlineWithoutItsFinalReportIsLate() {
        String task = oneOffTask(
                directive(), LocalDate.now(DirectiveCalendar.HANOI).minusDays(1).toString());
        String assignment = assignTo(task, HOAN_KIEM).get(HOAN_KIEM);
        report(HOAN_KIEM, assignment, 80, null);

        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", assignment))
                        .<String>read("$.data.directiveAssignment.status"))
                .isEqualTo("LATE");
        report(HOAN_KIEM, assignment, 100, null);
        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", assignment))
                        .<String>read("$.data.directiveAssignment.status"))
                .isEqualTo("DONE");
    }
}
