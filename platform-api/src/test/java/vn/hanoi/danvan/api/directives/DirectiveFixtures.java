package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hanoi.danvan.api.ApiTest;

/** Directives, tasks and assignments made through the API, for the directive tests. */
abstract class DirectiveFixtures extends ApiTest {

    static final String SUPERVISOR = "supervisor.city";
    static final String HOAN_KIEM = "officer.hoankiem";
    static final String BA_DINH = "officer.badinh";

    static final String ASSIGN = """
            mutation($input: AssignDirectiveTaskInput!) {
              assignDirectiveTask(input: $input) { requestKey unitCount created alreadyAssigned replayed task { id } }
            }
            """;

    static final String ASSIGNMENT = """
            query($id: ID!) {
              directiveAssignment(id: $id) {
                id unitCode status percent nextReportDueOn missedReports doneOn
                task { title }
                obligations { periodStart dueOn met }
                reports { id percent narrative state returnComment }
                planItems { id title ownerName }
                notes { body internal }
              }
            }
            """;

    /** A new directive with two groups; its global id. */
    String directive() {
        Response response = graphQl(
                SUPERVISOR,
                """
                mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id number } }
                """,
                Map.of(
                        "input",
                        Map.of(
                                "number", "T" + UUID.randomUUID().toString().substring(0, 8) + "-CT/TU",
                                "title", "Chỉ thị thử nghiệm",
                                "issuedOn", "2025-07-01",
                                "issuer", "Ban Thường vụ Thành ủy",
                                "groups", List.of("Quán triệt", "Báo cáo"))));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.createDirective.id");
    }

    /** A one-off task due on the day; its global id. */
    String oneOffTask(String directiveId, String dueOn) {
        return task(directiveId, Map.of("recurrence", "NONE", "dueOn", dueOn));
    }

    String recurringTask(String directiveId, String recurrence, String startsOn, String endsOn) {
        return task(directiveId, Map.of("recurrence", recurrence, "startsOn", startsOn, "endsOn", endsOn));
    }

    String task(String directiveId, Map<String, Object> schedule) {
        Map<String, Object> input = new HashMap<>(schedule);
        input.put("directiveId", directiveId);
        input.put("groupPosition", 1);
        input.put("title", "Nhiệm vụ " + UUID.randomUUID().toString().substring(0, 6));
        Response response = graphQl(
                SUPERVISOR,
                "mutation($input: CreateDirectiveTaskInput!) { createDirectiveTask(input: $input) { id } }",
                Map.of("input", input));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.createDirectiveTask.id");
    }

    Response assign(String taskId, Map<String, Object> units) {
        return graphQl(SUPERVISOR, ASSIGN, Map.of("input", Map.of("taskId", taskId, "units", units)));
    }

    /** Assigns to the listed units and returns each unit's assignment id, by the unit's officer. */
    Map<String, String> assignTo(String taskId, String... officers) {
        List<String> codes =
                List.of(officers).stream().map(DirectiveFixtures::codeOf).toList();
        Response response = assign(taskId, Map.of("codes", codes));
        assertThat(response.errorCode()).as(response.body()).isNull();
        Map<String, String> ids = new HashMap<>();
        for (String officer : officers) {
            ids.put(officer, assignmentOf(officer, taskId));
        }
        return ids;
    }

    /** The officer's unit's assignment of the task, from the unit's own list. */
    String assignmentOf(String officer, String taskId) {
        Response response =
                graphQl(officer, "{ directiveAssignments(first: 200) { edges { node { id task { id } } } } }");
        List<String> ids = response.json()
                .read("$.data.directiveAssignments.edges[?(@.node.task.id == '" + taskId + "')].node.id");
        assertThat(ids).as(response.body()).hasSize(1);
        return ids.getFirst();
    }

    Response report(String officer, String assignmentId, int percent, String periodStart) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "assignmentId", assignmentId, "percent", percent, "narrative", "Đã triển khai " + percent + "%."));
        if (periodStart != null) {
            input.put("periodStart", periodStart);
        }
        return graphQl(
                officer,
                "mutation($input: DirectiveReportInput!) { reportDirectiveProgress(input: $input) { id state percent } }",
                Map.of("input", input));
    }

    static String codeOf(String officer) {
        return switch (officer) {
            case HOAN_KIEM -> "00070";
            case BA_DINH -> "00004";
            default -> throw new IllegalArgumentException(officer);
        };
    }

    /** Runs SQL on the test database directly, as an operator would: to inspect or break a schema. */
    static void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(databaseUrl());
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String query) {
        try (Connection connection = DriverManager.getConnection(databaseUrl());
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String query) {
        try (Connection connection = DriverManager.getConnection(databaseUrl());
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Assignments of the task found in every unit's schema, counted schema by schema. */
    static long assignmentsInUnitSchemas(long taskKey) {
        try (Connection connection = DriverManager.getConnection(databaseUrl());
                Statement sql = connection.createStatement()) {
            List<String> schemas = new java.util.ArrayList<>();
            try (var rows = sql.executeQuery("select schema_name from platform.unit where status = 'ACTIVE'")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            long total = 0;
            for (String schema : schemas) {
                try (var rows = sql.executeQuery(
                        "select count(*) from " + schema + ".directive_assignment where task_id = " + taskKey)) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long key(String globalId) {
        return vn.hanoi.danvan.api.graphql.GlobalId.decode(globalId).numericKey();
    }
}
