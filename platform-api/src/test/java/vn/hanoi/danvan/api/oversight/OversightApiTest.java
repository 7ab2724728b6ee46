package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;

/**
 * The oversight figures hold against the same figures computed straight from the unit schemas:
 * petitions seeded into them, reception sessions and directive tasks made through the API
 * ({@link ScorecardActivity}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightApiTest extends ApiTest {

    static final String SUPERVISOR = "supervisor.city";
    static final List<String> SEEDED = List.of("00025", "00256", "00283", "00640", "00664", "00685");

    static final String SCORECARDS = """
            query($period: OversightPeriodInput!, $units: [String!], $kind: UnitKind) {
              oversight(period: $period, units: $units, kind: $kind) {
                from to asOf
                scorecards(orderBy: UNIT_CODE, direction: ASC) {
                  rank unitCode unitName unitKind received
                  receivedByKind { complaint denunciation recommendation reflection }
                  receivedByChannel { inPerson post online transferred staffEntry }
                  openBacklog backlogAge { upTo10Days upTo30Days upTo60Days upTo90Days over90Days }
                  overdue resolved resolvedOnTime onTimeRate medianDaysToResolve groupPetitions
                  transfersIn transfersOut satisfactionMean satisfactionCount onlineShare
                  receptions { sessionsHeld sessionsCancelled sessionsRequired requiredDaysMet complianceRate
                               monthsJudged monthsMet }
                  directives { assigned completed completedLate overdueOpen late completionRate }
                }
              }
            }
            """;

    @Autowired
    DataSource dataSource;

    @Autowired
    PetitionCalendar calendar;

    UnitSchemaFigures figures;
    UnitSchemaActivity activity;
    LocalDate today;

    @BeforeAll
    void seed() {
        figures = new UnitSchemaFigures(dataSource);
        activity = new UnitSchemaActivity(dataSource);
        today = calendar.today();
        for (int i = 0; i < SEEDED.size(); i++) {
            figures.seed(SEEDED.get(i), 150 + 60 * i, i + 1, today);
        }
        ScorecardActivity work = new ScorecardActivity(this::graphQl, List.of("00025", "00256", "00640"));
        work.receptionCalendar();
        work.receptionsUpTo("00256", today, 1);
        work.receptionsUpTo("00640", today, 2);
        work.directives(today);
    }

    static Map<String, Object> period(YearMonth from, YearMonth to) {
        return Map.of("from", from.toString(), "to", to.toString());
    }

    @Test
    void scorecardsEqualTheUnitSchemasOverSeveralScopesAndPeriods() {
        YearMonth now = YearMonth.from(today);
        List<Scope> scopes = List.of(
                new Scope(now.minusMonths(11), now, SEEDED, null),
                new Scope(now.minusMonths(2), now.minusMonths(1), List.of("00025", "00640"), null),
                new Scope(now.minusMonths(16), now.minusMonths(6), null, "COMMUNE"),
                new Scope(now.minusMonths(3), now.minusMonths(3), null, "WARD"),
                new Scope(now.minusMonths(23), now, null, null),
                // Across the chairman's rule change on 2026-07-01, and into a month not yet begun.
                new Scope(YearMonth.of(2026, 5), YearMonth.of(2026, 8), SEEDED, null),
                new Scope(YearMonth.of(2026, 6), YearMonth.of(2026, 7), List.of("00025", "00640"), null),
                new Scope(now.minusMonths(2), now.plusMonths(1), SEEDED, null));
        for (Scope scope : scopes) {
            Response response = graphQl(SUPERVISOR, SCORECARDS, scope.variables());
            assertThat(response.errorCode()).as(response.body()).isNull();
            List<Map<String, Object>> cards = response.read("$.data.oversight.scorecards");
            List<String> units = scope.unitCodes() != null
                    ? scope.unitCodes()
                    : scope.kind() == null ? figures.allUnits() : figures.unitsOfKind(scope.kind());
            assertThat(cards).extracting(card -> card.get("unitCode")).containsExactlyElementsOf(units);
            LocalDate from = scope.from().atDay(1);
            LocalDate to = scope.to().atEndOfMonth();
            Map<String, Map<String, Object>> expected = figures.scorecards(units, from, to, today);
            Map<String, UnitSchemaActivity.Receptions> receptions =
                    activity.receptions(units, scope.from(), scope.to(), today);
            Map<String, UnitSchemaActivity.Directives> directives = activity.directives(units, from, to, today);
            for (Map<String, Object> card : cards) {
                String unit = (String) card.get("unitCode");
                String as = scope + " " + unit;
                assertCardMatches(card, expected.get(unit), scope.toString());
                assertReceptions(card, receptions.get(unit), as);
                assertDirectives(card, directives.get(unit), as);
            }
        }
    }

    @Test
    void statisticsEqualTheUnitSchemasForEveryGrouping() {
        YearMonth now = YearMonth.from(today);
        LocalDate from = now.minusMonths(11).atDay(1);
        LocalDate to = now.atEndOfMonth();
        String query = """
                query($period: OversightPeriodInput!, $units: [String!], $groupBy: [StatisticsDimension!]!) {
                  oversight(period: $period, units: $units) {
                    statistics(groupBy: $groupBy) { unitCode unitName kind channel state month petitions }
                  }
                }
                """;
        Map<List<String>, String> groupings = Map.of(
                List.of("UNIT", "KIND", "MONTH"), "unit_code, kind, date_trunc('month', received_on)::date",
                List.of("CHANNEL", "STATE"), "channel, state",
                List.of("KIND"), "kind");
        for (Map.Entry<List<String>, String> grouping : groupings.entrySet()) {
            Response response = graphQl(
                    SUPERVISOR,
                    query,
                    Map.of("period", period(now.minusMonths(11), now), "units", SEEDED, "groupBy", grouping.getKey()));
            assertThat(response.errorCode()).as(response.body()).isNull();
            List<Map<String, Object>> rows = response.read("$.data.oversight.statistics");
            List<Map<String, Object>> expected = figures.statistics(SEEDED, from, to, grouping.getValue());
            assertThat(rows).as(grouping.getKey().toString()).hasSameSizeAs(expected);
            List<String> actualKeys = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                actualKeys.add(row.get("unitCode") + "|" + row.get("kind") + "|" + row.get("channel") + "|"
                        + row.get("state") + "|" + row.get("month") + "=" + row.get("petitions"));
            }
            List<String> expectedKeys = new ArrayList<>();
            for (Map<String, Object> row : expected) {
                Object month = row.get("date_trunc");
                expectedKeys.add(row.get("unit_code") + "|" + row.get("kind") + "|" + row.get("channel") + "|"
                        + row.get("state") + "|" + (month == null ? null : month.toString()) + "="
                        + row.get("petitions"));
            }
            assertThat(actualKeys).containsExactlyInAnyOrderElementsOf(expectedKeys);
        }
    }

    @Test
    void monthlyTrendsEqualTheUnitSchemasCityWideAndForOneUnit() {
        YearMonth now = YearMonth.from(today);
        String query = """
                query($period: OversightPeriodInput!, $units: [String!], $unit: String) {
                  oversight(period: $period, units: $units) {
                    trend(unit: $unit) { month received online onlineShare resolved resolvedOnTime onTimeRate
                      medianDaysToResolve satisfactionCount satisfactionMean }
                  }
                }
                """;
        for (String unit : new String[] {null, "00664"}) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("period", period(now.minusMonths(13), now));
            variables.put("units", SEEDED);
            variables.put("unit", unit);
            Response response = graphQl(SUPERVISOR, query, variables);
            assertThat(response.errorCode()).as(response.body()).isNull();
            List<Map<String, Object>> months = response.read("$.data.oversight.trend");
            assertThat(months).hasSize(14);
            Map<LocalDate, Map<String, Object>> expected = figures.trend(
                    unit == null ? SEEDED : List.of(unit), now.minusMonths(13).atDay(1), now.atEndOfMonth());
            for (Map<String, Object> month : months) {
                Map<String, Object> want = expected.get(LocalDate.parse((String) month.get("month")));
                String as = unit + " " + month.get("month");
                assertThat(number(month.get("received"))).as(as).isEqualTo(number(want.get("received")));
                assertThat(number(month.get("online"))).as(as).isEqualTo(number(want.get("online")));
                assertThat(number(month.get("resolved"))).as(as).isEqualTo(number(want.get("resolved")));
                assertThat(number(month.get("resolvedOnTime"))).as(as).isEqualTo(number(want.get("on_time")));
                assertThat(number(month.get("satisfactionCount")))
                        .as(as)
                        .isEqualTo(number(want.get("satisfaction_count")));
                assertDouble(month.get("medianDaysToResolve"), want.get("median"), as + " median");
            }
        }
    }

    @Test
    void overdueCasesAcrossUnitsPageInDueOrderAndMatchTheUnitSchemas() {
        YearMonth now = YearMonth.from(today);
        String query = """
                query($period: OversightPeriodInput!, $units: [String!], $within: Int, $after: String) {
                  oversight(period: $period, units: $units) {
                    overdueCases(dueWithinDays: $within, first: 7, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor }
                      edges { node { id unitCode unitName petitionId kind state receivedOn dueOn daysOverdue } }
                    }
                  }
                }
                """;
        for (int within : new int[] {0, 5}) {
            List<String> seen = new ArrayList<>();
            String after = null;
            int total;
            do {
                Map<String, Object> variables = new HashMap<>();
                variables.put("period", period(now, now));
                variables.put("units", SEEDED);
                variables.put("within", within);
                variables.put("after", after);
                Response page = graphQl(SUPERVISOR, query, variables);
                assertThat(page.errorCode()).as(page.body()).isNull();
                total = page.<Integer>read("$.data.oversight.overdueCases.totalCount");
                List<Map<String, Object>> nodes = page.read("$.data.oversight.overdueCases.edges[*].node");
                for (Map<String, Object> node : nodes) {
                    seen.add(node.get("unitCode") + ":" + petitionKey((String) node.get("petitionId")));
                    LocalDate due = LocalDate.parse((String) node.get("dueOn"));
                    assertThat(number(node.get("daysOverdue")))
                            .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(due, today));
                }
                after = page.<Boolean>read("$.data.oversight.overdueCases.pageInfo.hasNextPage")
                        ? page.read("$.data.oversight.overdueCases.pageInfo.endCursor")
                        : null;
            } while (after != null);
            List<String> expected = figures.overdue(SEEDED, today.plusDays(within));
            assertThat(seen).as("within " + within).containsExactlyElementsOf(expected);
            assertThat(total).isEqualTo(expected.size());
        }
    }

    private static String petitionKey(String globalId) {
        String raw =
                new String(java.util.Base64.getUrlDecoder().decode(globalId), java.nio.charset.StandardCharsets.UTF_8);
        return raw.substring(raw.lastIndexOf(':') + 1);
    }

    private void assertCardMatches(Map<String, Object> card, Map<String, Object> want, String scope) {
        String as = scope + " " + card.get("unitCode");
        Map<String, Object> expected = want == null ? Map.of() : want;
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        pairs.put("received", "received");
        pairs.put("receivedByKind.complaint", "complaints");
        pairs.put("receivedByKind.denunciation", "denunciations");
        pairs.put("receivedByKind.recommendation", "recommendations");
        pairs.put("receivedByKind.reflection", "reflections");
        pairs.put("receivedByChannel.inPerson", "in_person");
        pairs.put("receivedByChannel.post", "post");
        pairs.put("receivedByChannel.online", "online");
        pairs.put("receivedByChannel.transferred", "transferred");
        pairs.put("receivedByChannel.staffEntry", "staff_entry");
        pairs.put("openBacklog", "open_backlog");
        pairs.put("backlogAge.upTo10Days", "age10");
        pairs.put("backlogAge.upTo30Days", "age30");
        pairs.put("backlogAge.upTo60Days", "age60");
        pairs.put("backlogAge.upTo90Days", "age90");
        pairs.put("backlogAge.over90Days", "age_over");
        pairs.put("overdue", "overdue");
        pairs.put("resolved", "resolved");
        pairs.put("resolvedOnTime", "on_time");
        pairs.put("groupPetitions", "group_petitions");
        pairs.put("transfersIn", "transfers_in");
        pairs.put("transfersOut", "transfers_out");
        pairs.put("satisfactionCount", "satisfaction_count");
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            Object actual = card;
            for (String part : pair.getKey().split("\\.")) {
                actual = ((Map<?, ?>) actual).get(part);
            }
            assertThat(number(actual)).as(as + " " + pair.getKey()).isEqualTo(number(expected.get(pair.getValue())));
        }
        long received = number(expected.get("received"));
        long resolved = number(expected.get("resolved"));
        long rated = number(expected.get("satisfaction_count"));
        assertDouble(card.get("medianDaysToResolve"), expected.get("median"), as + " median");
        assertDouble(
                card.get("onTimeRate"),
                resolved == 0 ? null : (double) number(expected.get("on_time")) / resolved,
                as + " on time");
        assertDouble(
                card.get("satisfactionMean"),
                rated == 0 ? null : (double) number(expected.get("satisfaction_sum")) / rated,
                as + " satisfaction");
        assertDouble(
                card.get("onlineShare"),
                received == 0 ? null : (double) number(expected.get("online")) / received,
                as + " online");
    }

    static void assertReceptions(Map<String, Object> card, UnitSchemaActivity.Receptions want, String as) {
        Map<?, ?> receptions = (Map<?, ?>) card.get("receptions");
        assertThat(List.of(
                        number(receptions.get("sessionsHeld")),
                        number(receptions.get("sessionsCancelled")),
                        number(receptions.get("sessionsRequired")),
                        number(receptions.get("requiredDaysMet")),
                        number(receptions.get("monthsJudged")),
                        number(receptions.get("monthsMet"))))
                .as(as + " receptions: held, cancelled, required, met, months judged, months met")
                .containsExactly(
                        want.held(),
                        want.cancelled(),
                        want.required(),
                        want.met(),
                        want.monthsJudged(),
                        want.monthsMet());
        assertDouble(
                receptions.get("complianceRate"),
                want.required() == 0 ? null : (double) want.met() / want.required(),
                as + " compliance rate");
    }

    static void assertDirectives(Map<String, Object> card, UnitSchemaActivity.Directives want, String as) {
        Map<?, ?> directives = (Map<?, ?>) card.get("directives");
        assertThat(List.of(
                        number(directives.get("assigned")),
                        number(directives.get("completed")),
                        number(directives.get("completedLate")),
                        number(directives.get("overdueOpen")),
                        number(directives.get("late"))))
                .as(as + " directives: assigned, completed, completed late, overdue open, late")
                .containsExactly(
                        want.assigned(),
                        want.completed(),
                        want.completedLate(),
                        want.overdueOpen(),
                        want.completedLate() + want.overdueOpen());
        assertDouble(
                directives.get("completionRate"),
                want.assigned() == 0 ? null : (double) want.completed() / want.assigned(),
                as + " completion rate");
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static void assertDouble(Object actual, Object expected, String as) {
        if (expected == null) {
            assertThat(actual).as(as).isNull();
        } else {
            assertThat(actual).as(as).isNotNull();
            assertThat(((Number) actual).doubleValue())
                    .as(as)
                    .isCloseTo(((Number) expected).doubleValue(), within(1e-9));
        }
    }

    /** A scope: units null means all units (of the kind, if given). */
    record Scope(YearMonth from, YearMonth to, List<String> unitCodes, String kind) {

        Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("period", period(from, to));
            variables.put("units", unitCodes);
            variables.put("kind", kind);
            return variables;
        }
    }
}
