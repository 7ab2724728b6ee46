package vn.hanoi.danvan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The oversight bench: a city supervisor's scorecards of all units over the last 12 months and
 * statistics grouped by unit × kind × month, through the API (no Redis configured, so every answer
 * is computed), one request at a time; then, in the same run, the same scorecards and statistics
 * computed the naive way, with a UNION ALL over every unit schema, straight over JDBC.
 *
 * <p>{@code java OversightBench <baseUrl> <jdbcUrl> <label> <apiRuns> <naiveRuns>} (naiveRuns 0:
 * no naive comparison, for facts generated without unit schemas).
 */
public final class OversightBench {

    private static final String SCORECARDS = """
            {"query":"query($p: OversightPeriodInput!) { oversight(period: $p) { scorecards { rank unitCode received \
            receivedByKind { complaint denunciation recommendation reflection } \
            receivedByChannel { inPerson post online transferred staffEntry } openBacklog \
            backlogAge { upTo10Days upTo30Days upTo60Days upTo90Days over90Days } overdue resolved resolvedOnTime \
            onTimeRate medianDaysToResolve groupPetitions transfersIn transfersOut satisfactionMean satisfactionCount \
            onlineShare receptions { sessionsHeld sessionsCancelled sessionsRequired requiredDaysMet complianceRate \
            monthsJudged monthsMet } directives { assigned completed completedLate overdueOpen late completionRate } \
            } } }","variables":{"p":{"from":"%s","to":"%s"}}}""";

    private static final String STATISTICS = """
            {"query":"query($p: OversightPeriodInput!) { oversight(period: $p) { statistics(groupBy: [UNIT, KIND, MONTH]) \
            { unitCode kind month petitions } } }","variables":{"p":{"from":"%s","to":"%s"}}}""";

    private static final String OPEN = "('RECEIVED','CLASSIFIED','ACCEPTED','VERIFYING','SUSPENDED','APPEALED')";

    private OversightBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String label = args[2];
        int apiRuns = Integer.parseInt(args[3]);
        int naiveRuns = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        YearMonth to = YearMonth.now();
        YearMonth from = to.minusMonths(11);
        HttpClient http = HttpClient.newHttpClient();
        String token = LoadBench.token(http, base, "supervisor.city");

        String scorecards = SCORECARDS.formatted(from, to);
        String statistics = STATISTICS.formatted(from, to);
        report(label, "API scorecards, 12 months, all units", timeApi(http, base, token, scorecards, apiRuns, warmup));
        report(label, "API statistics unit × kind × month", timeApi(http, base, token, statistics, apiRuns, warmup));
        if (naiveRuns > 0) {
            try (Connection connection = DriverManager.getConnection(jdbc)) {
                String union = union(connection);
                report(
                        label,
                        "naive UNION ALL scorecards (JDBC)",
                        timeSql(connection, naiveScorecards(union, from, to), naiveRuns));
                report(
                        label,
                        "naive UNION ALL statistics (JDBC)",
                        timeSql(connection, naiveStatistics(union, from, to), naiveRuns));
            }
        }
    }

    /** {@code runs} timed requests after {@code warmup} untimed ones (the API's JIT compiling). */
    private static List<Long> timeApi(HttpClient http, String base, String token, String body, int runs, int warmup)
            throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs + warmup; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/graphql"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException("oversight failed: " + response.body());
            }
            if (i >= warmup) {
                nanos.add(took);
            }
        }
        return nanos;
    }

    private static List<Long> timeSql(Connection connection, String sql, int runs) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
            if (i >= 1) {
                nanos.add(System.nanoTime() - start);
            }
        }
        return nanos;
    }

    private static String union(Connection connection) throws Exception {
        List<String> parts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select code, schema_name from platform.unit where status = 'ACTIVE' order by code")) {
            while (rs.next()) {
                parts.add("select '%s'::varchar(5) as unit_code, kind, channel, state, received_on, resolved_on, "
                                .formatted(rs.getString(1))
                        + "due_on, rating, group_petition, transferred_from_unit, transferred_to_unit from "
                        + rs.getString(2) + ".petition");
            }
        }
        return String.join(" union all ", parts);
    }

    /** The scorecards' measures, computed from every unit's petitions. */
    static String naiveScorecards(String union, YearMonth from, YearMonth to) {
        String period = "received_on between '%s' and '%s'".formatted(from.atDay(1), to.atEndOfMonth());
        String resolved = "resolved_on between '%s' and '%s'".formatted(from.atDay(1), to.atEndOfMonth());
        String today = "'" + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "'::date";
        List<String> measures = new ArrayList<>();
        measures.add("count(*) filter (where " + period + ")");
        for (String kind : List.of("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "REFLECTION")) {
            measures.add("count(*) filter (where " + period + " and kind = '" + kind + "')");
        }
        for (String channel : List.of("IN_PERSON", "POST", "ONLINE", "TRANSFERRED", "STAFF_ENTRY")) {
            measures.add("count(*) filter (where " + period + " and channel = '" + channel + "')");
        }
        measures.add("count(*) filter (where " + period + " and group_petition)");
        measures.add("count(*) filter (where " + period + " and transferred_from_unit is not null)");
        measures.add("count(*) filter (where " + period + " and transferred_to_unit is not null)");
        measures.add("count(*) filter (where state in " + OPEN + ")");
        for (String age : List.of("<= 10", "between 11 and 30", "between 31 and 60", "between 61 and 90", "> 90")) {
            measures.add("count(*) filter (where state in " + OPEN + " and " + today + " - received_on " + age + ")");
        }
        measures.add(
                "count(*) filter (where state in " + OPEN + " and state <> 'SUSPENDED' and due_on < " + today + ")");
        measures.add("count(*) filter (where " + resolved + ")");
        measures.add("count(*) filter (where " + resolved + " and (due_on is null or resolved_on <= due_on))");
        measures.add("percentile_cont(0.5) within group (order by resolved_on - received_on) filter (where " + resolved
                + ")");
        measures.add("avg(rating) filter (where " + resolved + ")");
        measures.add("count(rating) filter (where " + resolved + ")");
        return "select unit_code, " + measures.stream().collect(Collectors.joining(", ")) + " from (" + union
                + ") p group by unit_code order by unit_code";
    }

    static String naiveStatistics(String union, YearMonth from, YearMonth to) {
        return "select unit_code, kind, date_trunc('month', received_on), count(*) from (" + union
                + ") p where received_on between '%s' and '%s' group by 1, 2, 3 order by 1, 2, 3"
                        .formatted(from.atDay(1), to.atEndOfMonth());
    }

    private static void report(String label, String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "RESULT %s | %s | runs %d | p50 %.1f ms | p95 %.1f ms | max %.1f ms%n",
                label, what, sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.getLast() / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
