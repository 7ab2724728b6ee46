package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.api.ApiTest;

class LimitsTest extends ApiTest {

    private static final String OFFICER = "officer.hoankiem";

    @Autowired
    JdbcClient sql;

    @Autowired
    DataSource dataSource;

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyInstrumentationRunsInTheChainThatSkipsQuietFieldEvents() {
        var instrumentation = graphQlSource.graphQl().getInstrumentation();

        assertThat(instrumentation).isInstanceOf(OperationInstrumentations.class);
        assertThat(((OperationInstrumentations) instrumentation).getInstrumentations())
                .extracting(member -> member.getClass().getSimpleName())
                .contains("DocumentLimits", "RequestTimeout", "ApiAudit", "GraphQlObservationInstrumentation");
    }

    @Test
    void aDocumentFiftyLevelsDeepIsRefusedForItsDepth() {
        Response response = graphQl(OFFICER, deep(50));

        assertThat(response.errorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(response.<String>read("$.errors[0].extensions.limit")).isEqualTo("depth");
        assertThat(response.body()).doesNotContain("\"data\"");
    }

    @Test
    void aThousandAliasesAreRefused() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            document.append(" a").append(i).append(": __typename");
        }
        Response response = graphQl(OFFICER, document.append(" }").toString());

        assertThat(response.errorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(response.<String>read("$.errors[0].extensions.limit")).isEqualTo("aliases");
    }

    @Test
    void aTwoMegabyteDocumentIsRefusedBeforeParsing() {
        Response response = graphQl(OFFICER, "{ me { subject } }" + " ".repeat(2 * 1024 * 1024));

        assertThat(response.errorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(response.<String>read("$.errors[0].extensions.limit")).isEqualTo("documentSize");
    }

    @Test
    void aMillionRowsPageIsRefused() {
        Response response = graphQl("supervisor.city", "{ units(first: 1000000) { totalCount } }");

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.<String>read("$.errors[0].extensions.field")).isEqualTo("first");
    }

    @Test
    void aCyclicFragmentIsRefusedAsInvalid() {
        Response response = graphQl(OFFICER, """
                query { ...A }
                fragment A on Query { me { subject } ...B }
                fragment B on Query { ...A }
                """);

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.<String>read("$.errors[0].message")).containsIgnoringCase("cycl");
    }

    @Test
    void aWideConnectionOverADeepSelectionIsRefusedForItsComplexity() {
        String fields = " id".repeat(120);
        Response response = graphQl(OFFICER, "{ petitions(first: 200) { edges { node {" + fields + " } } } }");

        assertThat(response.errorCode()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(response.<String>read("$.errors[0].extensions.limit")).isEqualTo("complexity");
    }

    @Test
    void oneDocumentIsMeasuredWithTheVariablesOfEachRequest() {
        String document =
                "query($rows: Int) { petitions(first: $rows) { edges { node {" + " id".repeat(120) + " } } } }";

        Response narrow = graphQl(OFFICER, document, Map.of("rows", 2));
        Response wide = graphQl(OFFICER, document, Map.of("rows", 200));
        Response narrowAgain = graphQl(OFFICER, document, Map.of("rows", 2));

        assertThat(narrow.errorCode()).as(narrow.body()).isNull();
        assertThat(wide.<String>read("$.errors[0].extensions.limit")).isEqualTo("complexity");
        assertThat(narrowAgain.errorCode()).as(narrowAgain.body()).isNull();
    }

    @Test
    void theServerKeepsAnsweringOthersWhileAbusiveDocumentsArrive() throws Exception {
        List<Supplier<Response>> abusive = List.of(
                () -> graphQl(OFFICER, deep(50)),
                () -> graphQl(OFFICER, "{ me { subject } }" + " ".repeat(2 * 1024 * 1024)),
                () -> graphQl(OFFICER, "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Response>> attacks = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                attacks.add(pool.submit(abusive.get(i % abusive.size())::get));
            }
            List<Future<Response>> honest = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                honest.add(pool.submit(() -> graphQl("officer.badinh", "{ me { subject } }")));
            }
            for (Future<Response> attack : attacks) {
                assertThat(attack.get().errorCode()).isIn("QUERY_LIMIT_EXCEEDED", "BAD_USER_INPUT");
            }
            for (Future<Response> answer : honest) {
                assertThat(answer.get().<String>read("$.data.me.subject")).isEqualTo("officer.badinh");
            }
        }
    }

    @Test
    void introspectionIsForSignedInCallersOnly() {
        Response anonymous = graphQl(null, "{ __schema { queryType { name } } }");
        Response signedIn = graphQl(OFFICER, "{ __schema { queryType { name } } }");

        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(signedIn.<String>read("$.data.__schema.queryType.name")).isEqualTo("Query");
        assertThat(graphQl(null, "{ __typename }").<String>read("$.data.__typename"))
                .isEqualTo("Query");
    }

    /**
     * A test-only trigger stalls every new petition of unit 00367 far past the request timeout:
     * the request is answered TIMEOUT, PostgreSQL has cancelled the insert (nothing is left
     * running), and its transaction rolled back (no petition).
     */
    @Test
    void aStatementStillRunningAtTheRequestTimeoutIsCancelledAndNothingIsSaved() {
        String subject = "Đơn quá hạn giờ " + UUID.randomUUID();
        Map<String, Object> petition = Map.of(
                "kinds",
                List.of("REFLECTION"),
                "channel",
                "ONLINE",
                "subject",
                subject,
                "matter",
                "Đèn đường hỏng.",
                "petitioners",
                List.of(Map.of("fullName", "Ngô Văn Chậm")));
        sql.sql("""
                create function unit_00367.stall_for_test() returns trigger language plpgsql as $$
                begin
                    perform pg_sleep(120);
                    return new;
                end
                $$""").update();
        sql.sql("""
                create trigger stall_for_test before insert on unit_00367.petition
                    for each row execute function unit_00367.stall_for_test()""").update();
        Response response;
        try {
            response = graphQlWithToken(clientToken("client.00367", "petitions:write"), """
                    mutation($input: ReceivePetitionInput!) {
                      receivePetition(input: $input) { receipts { trackingCode } }
                    }""", Map.of("input", petition));
        } finally {
            sql.sql("drop trigger stall_for_test on unit_00367.petition").update();
            sql.sql("drop function unit_00367.stall_for_test()").update();
        }

        assertThat(response.errorCode()).as(response.body()).isEqualTo("TIMEOUT");
        assertThat(count("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event = 'PgSleep'"))
                .isZero();
        assertThat(count("select count(*) from unit_00367.petition where subject = ?", subject))
                .isZero();
    }

    /**
     * A REST export (beside GraphQL) whose query waits past the request timeout, here on a lock
     * another transaction holds: PostgreSQL cancels it and the answer is TIMEOUT with 503, in the
     * GraphQL error shape, not a server error.
     */
    @Test
    void aRestExportStillRunningAtTheTimeoutIsAnsweredTimeout() throws Exception {
        String bearer = token("supervisor.city");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table platform.fact_version, platform.petition_stat in access exclusive mode");
            }
            Response response = get(port, "/api/oversight/statistics.csv?from=2026-01&to=2026-03&groupBy=UNIT", bearer);
            holder.rollback();

            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.errorCode()).isEqualTo("TIMEOUT");
        }
    }

    private int count(String query, Object... parameters) {
        return sql.sql(query).params(parameters).query(Integer.class).single();
    }

    /** Introspection is the one recursive path every schema has: type, fields, type, fields... */
    private static String deep(int levels) {
        StringBuilder document = new StringBuilder("{ __schema { types { ");
        int depth = 3;
        while (depth + 2 <= levels) {
            document.append("fields { type { ");
            depth += 2;
        }
        document.append("name");
        document.append(" }".repeat((depth - 3) + 2 + 1));
        return document.toString();
    }

    @Test
    void refusalsNameTheirLimitInAStableShape() {
        Response response = graphQl(OFFICER, deep(50));

        assertThat(response.<Map<String, Object>>read("$.errors[0].extensions"))
                .containsEntry("code", "QUERY_LIMIT_EXCEEDED")
                .containsEntry("limit", "depth")
                .containsEntry("max", 15);
    }
}
