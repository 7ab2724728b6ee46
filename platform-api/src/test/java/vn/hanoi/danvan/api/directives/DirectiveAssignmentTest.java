package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assigning a task reaches every chosen unit exactly once, or none of them. */
class DirectiveAssignmentTest extends DirectiveFixtures {

    @Test
    void assigningToAllUnitsCreatesExactlyOneAssignmentPerUnitAndARetryCreatesNone() {
        String task = oneOffTask(directive(), "2026-12-31");
        long units = count("select count(*) from platform.unit where status = 'ACTIVE'");

        Response first = assign(task, Map.of("all", true));
        assertThat(first.errorCode()).as(first.body()).isNull();
        assertThat(first.<Integer>read("$.data.assignDirectiveTask.created")).isEqualTo((int) units);
        assertThat(first.<Boolean>read("$.data.assignDirectiveTask.replayed")).isFalse();

        Response retry = assign(task, Map.of("all", true));
        assertThat(retry.<Boolean>read("$.data.assignDirectiveTask.replayed")).isTrue();
        assertThat(retry.<String>read("$.data.assignDirectiveTask.requestKey"))
                .isEqualTo(first.read("$.data.assignDirectiveTask.requestKey"));

        Response otherKey = graphQl(
                SUPERVISOR,
                ASSIGN,
                Map.of("input", Map.of("taskId", task, "units", Map.of("all", true), "requestKey", "again-" + task)));
        assertThat(otherKey.<Integer>read("$.data.assignDirectiveTask.created")).isZero();
        assertThat(otherKey.<Integer>read("$.data.assignDirectiveTask.alreadyAssigned"))
                .isEqualTo((int) units);

        assertThat(units).isEqualTo(126);
        assertThat(assignmentsInUnitSchemas(key(task))).isEqualTo(units);
        assertThat(count("select count(*) from platform.directive_assignment_fact where task_id = " + key(task)))
                .isEqualTo(units);
        assertThat(graphQl(HOAN_KIEM, "{ directiveFeed(first: 200) { edges { node { kind message } } } }")
                        .body())
                .contains("NEW_ASSIGNMENT");
    }

    @Test
    void aFailureInOneUnitLeavesNoUnitWithTheAssignment() {
        String task = oneOffTask(directive(), "2026-12-31");
        // The last unit in code order fails, after every other unit has had its rows written.
        String schema =
                text("select schema_name from platform.unit where status = 'ACTIVE' order by code desc limit 1");
        sql("alter table " + schema + ".directive_assignment add constraint refuse_probe check (task_id <> " + key(task)
                + ")");
        try {
            Response failed = assign(task, Map.of("all", true));
            assertThat(failed.errorCode()).as(failed.body()).isNotNull();
        } finally {
            sql("alter table " + schema + ".directive_assignment drop constraint refuse_probe");
        }

        assertThat(assignmentsInUnitSchemas(key(task))).isZero();
        assertThat(count("select count(*) from platform.directive_assignment_fact where task_id = " + key(task)))
                .isZero();
        assertThat(count("select count(*) from platform.directive_assignment_request where task_id = " + key(task)))
                .isZero();

        Response retried = assign(task, Map.of("all", true));
        assertThat(retried.<Integer>read("$.data.assignDirectiveTask.created")).isEqualTo(126);
        assertThat(assignmentsInUnitSchemas(key(task))).isEqualTo(126);
    }

    @Test
    void assigningByKindReachesEveryWardAndNoCommune() {
        String task = oneOffTask(directive(), "2026-12-31");

        Response response = assign(task, Map.of("kind", "WARD"));

        assertThat(response.<Integer>read("$.data.assignDirectiveTask.created")).isEqualTo(51);
        assertThat(count("""
                        select count(*) from platform.directive_assignment_fact f
                        join platform.unit u on u.code = f.unit_code and u.status = 'ACTIVE'
                        where u.kind = 'COMMUNE' and f.task_id = """ + key(task))).isZero();
    }

    @Test
    void aSelectionMustNameServingUnitsAndOneWayOfChoosing() {
        String task = oneOffTask(directive(), "2026-12-31");

        assertThat(assign(task, Map.of("codes", List.of("00070", "99999"))).errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(assign(task, Map.of("all", true, "kind", "WARD")).errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(assignmentsInUnitSchemas(key(task))).isZero();
    }

    @Test
    void onlyACitySupervisorIssuesAndAssignsTasks() {
        String task = oneOffTask(directive(), "2026-12-31");

        Response byOfficer =
                graphQl(HOAN_KIEM, ASSIGN, Map.of("input", Map.of("taskId", task, "units", Map.of("all", true))));
        Response byAdmin = graphQl(
                "admin.platform", ASSIGN, Map.of("input", Map.of("taskId", task, "units", Map.of("all", true))));

        assertThat(byOfficer.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(byAdmin.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(assignmentsInUnitSchemas(key(task))).isZero();
    }

    @Test
    void theSeededDirectivesCarryTheSixGroups() {
        Response response = graphQl(
                HOAN_KIEM,
                "{ directives(first: 200) { edges { node { number groups { position tasks { title } } } } } }");

        List<Integer> groups07 =
                response.json().read("$.data.directives.edges[?(@.node.number == '07-CT/TU')].node.groups[*].position");
        List<Integer> groups36 =
                response.json().read("$.data.directives.edges[?(@.node.number == '36-CT/TU')].node.groups[*].position");
        assertThat(groups07).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(groups36).containsExactly(1, 2, 3, 4, 5, 6);
        List<String> tasks = response.json().read("$.data.directives.edges[*].node.groups[*].tasks[*].title");
        assertThat(tasks).contains("Ban hành kế hoạch thực hiện Chỉ thị 07-CT/TU");
    }
}
