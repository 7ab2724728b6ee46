package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.hanoi.danvan.api.FactsCli;

/**
 * The directive assignment facts the API writes (on assignment, acceptance, report and return)
 * are the facts {@code tenant-admin facts rebuild} computes from the unit's assignments,
 * obligations and reports, and a check finds, and a rebuild repairs, exactly what was broken
 * behind the API's back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The API's own facts are judged first: the other tests end with a rebuild.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectiveFactRebuildTest extends DirectiveFixtures {

    static final String UNIT = "00226";
    static final String OFFICER = "officer." + UNIT;
    static final String FACTS = "platform.directive_assignment_fact";

    static final String RETURN = """
            mutation($id: ID!, $comment: String!) { returnDirectiveReport(id: $id, comment: $comment) { state } }
            """;

    FactsCli facts;
    long directive;
    long returned;
    long quarterly;
    long untouched;

    @BeforeAll
    void assignmentsWorkedOnThroughTheApi() {
        facts = new FactsCli(databaseUrl(), UNIT);
        LocalDate today = LocalDate.now(DirectiveCalendar.HANOI);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        String directiveId = directive();

        String accepted = assigned(oneOffTask(directiveId, today.plusDays(30).toString()));
        Response accept = graphQl(
                OFFICER,
                "mutation($id: ID!) { acceptDirectiveAssignment(id: $id) { status } }",
                Map.of("id", accepted));
        assertThat(accept.errorCode()).as(accept.body()).isNull();
        assertThat(report(OFFICER, accepted, 40, null).errorCode()).isNull();

        String returnedTask = oneOffTask(directiveId, today.plusDays(10).toString());
        String reworked = assigned(returnedTask);
        String first = report(OFFICER, reworked, 100, null).read("$.data.reportDirectiveProgress.id");
        Response back = graphQl(SUPERVISOR, RETURN, Map.of("id", first, "comment", "Bổ sung biên bản."));
        assertThat(back.errorCode()).as(back.body()).isNull();
        assertThat(report(OFFICER, reworked, 100, null).errorCode()).isNull();

        String quarterlyTask = recurringTask(
                directiveId,
                "QUARTERLY",
                thisQuarter.minusMonths(6).toString(),
                thisQuarter.plusMonths(6).minusDays(1).toString());
        String late = assigned(quarterlyTask);
        assertThat(report(OFFICER, late, 30, thisQuarter.minusMonths(6).toString())
                        .errorCode())
                .isNull();

        String untouchedTask = recurringTask(
                directiveId,
                "MONTHLY",
                today.withDayOfMonth(1).toString(),
                today.plusMonths(5).toString());
        assigned(untouchedTask);

        directive = key(directiveId);
        returned = key(returnedTask);
        quarterly = key(quarterlyTask);
        untouched = key(untouchedTask);
    }

    @Test
    @Order(1)
    void theFactsTheApiWroteAreTheFactsTheRebuildComputes() {
        assertThat(facts.value("select string_agg(concat_ws(' ', reports, returned_reports, obligations,"
                        + " obligations_met, case when done_on is null then 'open' else 'done' end), ', ' order by task_id) from "
                        + FACTS
                        + " where unit_code = ? and directive_id = " + directive))
                .as("accepted, returned and reported again, one of four quarters reported, untouched")
                .isEqualTo("1 0 1 0 open, 2 1 1 1 done, 1 0 4 1 open, 0 0 6 0 open");
        FactsCli.Outcome check = facts.check();
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).isEqualTo("facts agree with the unit schemas\n");

        String rows = facts.rows(FACTS);
        long version = facts.version();
        assertThat(facts.rebuild().out())
                .contains(UNIT + "  directive facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0");
        assertThat(facts.rows(FACTS)).isEqualTo(rows);
        assertThat(facts.version()).isEqualTo(version);
    }

    @Test
    void aDeletedAChangedAndAStrayDirectiveFactAreReportedAndRepaired() {
        String rows = facts.rows(FACTS);
        String ofUnit = " where unit_code = '" + UNIT + "'";
        facts.execute("delete from " + FACTS + ofUnit + " and task_id = " + untouched);
        // Its missed report forgotten: the city would see the unit on time.
        facts.execute("update " + FACTS + " set open_due_on = open_due_on[3:], next_due_on = open_due_on[3]" + ofUnit
                + " and task_id = " + quarterly);
        facts.execute("insert into " + FACTS + " (unit_code, task_id, directive_id, recurrence, assigned_on,"
                + " obligations, open_due_on, due_on) values ('" + UNIT + "', 987654321, " + directive
                + ", 'NONE', current_date, 1, '{}', current_date)");

        FactsCli.Outcome check = facts.check();
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out())
                .isEqualTo("drift: " + UNIT
                        + "  directive facts missing: 1, different: 1, extra: 1, summary rows off: 0\n"
                        + "1 unit(s) drifted\n");

        assertThat(facts.rebuild().out())
                .isEqualTo(UNIT + "  petition facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0\n"
                        + UNIT + "  reception facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0\n"
                        + UNIT + "  directive facts inserted: 1, updated: 1, deleted: 1, summary rows off: 0\n"
                        + "rebuilt the facts of 1 unit(s)\n");
        assertThat(facts.rows(FACTS)).isEqualTo(rows);
        assertThat(facts.check().exit()).isZero();

        facts.assertRebuildChangesNothing("directive");
    }

    @Test
    void aRunningTotalThatDriftedIsReportedAndRecomputed() {
        facts.assertAnOffRunningTotalIsReportedAndRepaired(
                "directive", "platform.directive_running", "completed_late", "max");
    }

    /** The task assigned to the unit alone; the unit's assignment id. */
    private String assigned(String taskId) {
        Response response = assign(taskId, Map.of("codes", List.of(UNIT)));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return assignmentOf(OFFICER, taskId);
    }
}
