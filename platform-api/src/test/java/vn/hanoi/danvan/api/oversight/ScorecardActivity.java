package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hanoi.danvan.api.ApiTest.Response;

/**
 * Reception sessions and directive tasks made through the API, as unit officers and the city do,
 * so their facts are written by the real writers for the scorecards to count.
 *
 * <p>The calendar of the first unit from May to August 2026, judged by the chairman's
 * weekly rule in May and June and the two-days-a-month rule from 2026-07-01, the Party
 * secretary's two days a month throughout:
 *
 * <pre>
 *  May 29 Fri  chairman, held             week May 25-31: kept                    May: 1 of 6 days
 *  Jun  2 Tue  chairman, held             week Jun 1-7: kept
 *  Jun  5 Fri  secretary, held            secretary: 1 of 2
 *  Jun  9 Tue  chairman, held             week Jun 8-14: kept, and
 *  Jun 10 Wed  chairman, held               a second day that makes up for no other week
 *  Jun 12 Fri  deputy secretary, held     does not count
 *  Jun 16 Tue  vice-chairman, held        does not count: week Jun 15-21 short
 *  Jun 18 Thu  chairman, cancelled        does not count
 *  Jun 23 Tue  chairman, held             week Jun 22-28: kept                    June: 4 of 6 days
 *  Jun 30 Tue  chairman, held             in the week of Thu Jul 2, July's, judged monthly: no span
 *  Jul  3 Fri  secretary, held
 *  Jul  7 Tue  chairman, held, twice      one day
 *  Jul 14 Tue  chairman, cancelled
 *  Jul 24 Fri  secretary, held                                                    July: 3 of 4 days
 *  Jul 28 Tue  secretary, planned, never held
 *  Aug  4, 18  chairman, held; Aug 6, 20 secretary, held                          August: 4 of 4, met
 * </pre>
 *
 * <p>The directive tasks, assigned to the three units (u1, u2, u3):
 *
 * <pre>
 *  A  one-off, due 2026-06-15          u1 reports 100% today: done late; u2 reports 40%: overdue; u3 nothing: overdue
 *  B  one-off, due in 20 days          u1 reports 100%: done on time; u2 nothing: not due yet
 *  C  monthly, May to August 2026      u1 reports all four: done late (after Aug 31); u2 reports two: overdue
 *  D  monthly, 2 months ago to next    u1 nothing: overdue before its deadline; u3 reports the first
 *  E  quarterly, July to December 2026 u3 reports Q3: on track; u2 nothing: overdue
 * </pre>
 */
final class ScorecardActivity {

    static final String SUPERVISOR = "supervisor.city";

    /** A GraphQL call as a user. */
    interface Api {
        Response graphQl(String user, String document, Map<String, Object> variables);
    }

    private final Api api;
    private final List<String> units;

    /** Activity in these three units. */
    ScorecardActivity(Api api, List<String> units) {
        this.api = api;
        this.units = List.copyOf(units);
    }

    /** The calendar of the class comment, in the first unit. */
    void receptionCalendar() {
        String unit = units.getFirst();
        held(unit, "2026-05-29", "CHAIRMAN");
        held(unit, "2026-06-02", "CHAIRMAN");
        held(unit, "2026-06-05", "PARTY_SECRETARY");
        held(unit, "2026-06-09", "CHAIRMAN");
        held(unit, "2026-06-10", "CHAIRMAN");
        held(unit, "2026-06-12", "DEPUTY_PARTY_SECRETARY");
        held(unit, "2026-06-16", "VICE_CHAIRMAN");
        cancelled(unit, "2026-06-18", "CHAIRMAN");
        held(unit, "2026-06-23", "CHAIRMAN");
        held(unit, "2026-06-30", "CHAIRMAN");
        held(unit, "2026-07-03", "PARTY_SECRETARY");
        held(unit, "2026-07-07", "CHAIRMAN");
        held(unit, "2026-07-07", "CHAIRMAN");
        cancelled(unit, "2026-07-14", "CHAIRMAN");
        held(unit, "2026-07-24", "PARTY_SECRETARY");
        planned(unit, "2026-07-28", "PARTY_SECRETARY", "LEADER_PERIODIC");
        held(unit, "2026-08-04", "CHAIRMAN");
        held(unit, "2026-08-06", "PARTY_SECRETARY");
        held(unit, "2026-08-18", "CHAIRMAN");
        held(unit, "2026-08-20", "PARTY_SECRETARY");
    }

    /**
     * Sessions every few days over the last four months, by every kind of presider, some cancelled,
     * and one planned ahead: weeks and months met, short and still under way.
     */
    void receptionsUpTo(String unit, LocalDate today, int salt) {
        List<String> offices = List.of("CHAIRMAN", "PARTY_SECRETARY", "VICE_CHAIRMAN", "CHAIRMAN", "OFFICER");
        for (int i = 0; i < 30; i++) {
            LocalDate day = today.minusDays(1 + 4L * i + salt % 3);
            String office = offices.get((i + salt) % offices.size());
            if ((i + salt) % 7 == 0) {
                cancelled(unit, day.toString(), office);
            } else {
                held(unit, day.toString(), office);
            }
        }
        planned(unit, today.plusDays(5).toString(), "CHAIRMAN", "LEADER_PERIODIC");
    }

    /** The tasks of the class comment, assigned and reported on. */
    void directives(LocalDate today) {
        String u1 = units.get(0);
        String u2 = units.get(1);
        String u3 = units.get(2);
        String directive = directive();
        String a = task(directive, Map.of("recurrence", "NONE", "dueOn", "2026-06-15"));
        Map<String, String> onA = assign(a, u1, u2, u3);
        report(u1, onA.get(u1), 100, null);
        report(u2, onA.get(u2), 40, null);
        String b = task(
                directive,
                Map.of("recurrence", "NONE", "dueOn", today.plusDays(20).toString()));
        report(u1, assign(b, u1, u2).get(u1), 100, null);
        String c = task(directive, Map.of("recurrence", "MONTHLY", "startsOn", "2026-05-01", "endsOn", "2026-08-31"));
        Map<String, String> onC = assign(c, u1, u2);
        for (String month : List.of("2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01")) {
            report(u1, onC.get(u1), 25, month);
        }
        report(u2, onC.get(u2), 30, "2026-05-01");
        report(u2, onC.get(u2), 50, "2026-06-01");
        YearMonth now = YearMonth.from(today);
        String d = task(
                directive,
                Map.of(
                        "recurrence",
                        "MONTHLY",
                        "startsOn",
                        now.minusMonths(2).atDay(1).toString(),
                        "endsOn",
                        now.plusMonths(1).atEndOfMonth().toString()));
        Map<String, String> onD = assign(d, u1, u3);
        report(u3, onD.get(u3), 20, now.minusMonths(2).atDay(1).toString());
        String e = task(directive, Map.of("recurrence", "QUARTERLY", "startsOn", "2026-07-01", "endsOn", "2026-12-31"));
        report(u3, assign(e, u2, u3).get(u3), 50, "2026-07-01");
    }

    /** A session planned and held; its global id. */
    String held(String unit, String day, String office) {
        Map<String, Object> planned = planned(unit, day, office, kindFor(office));
        Response held =
                api.graphQl(officer(unit), """
                mutation($id: ID!, $version: Int!) {
                  holdReceptionSession(id: $id, version: $version, input: { noteTakerName: "Vũ Thị Mai" }) { id }
                }
                """, Map.of("id", planned.get("id"), "version", planned.get("version")));
        assertThat(held.errorCode()).as(held.body()).isNull();
        return held.read("$.data.holdReceptionSession.id");
    }

    void cancelled(String unit, String day, String office) {
        Map<String, Object> planned = planned(unit, day, office, kindFor(office));
        Response cancelled =
                api.graphQl(officer(unit), """
                mutation($id: ID!, $version: Int!) {
                  cancelReceptionSession(id: $id, version: $version, input: { reason: "Họp đột xuất" }) { id }
                }
                """, Map.of("id", planned.get("id"), "version", planned.get("version")));
        assertThat(cancelled.errorCode()).as(cancelled.body()).isNull();
    }

    Map<String, Object> planned(String unit, String day, String office, String kind) {
        Response planned = api.graphQl(
                officer(unit),
                """
                mutation($input: PlanReceptionSessionInput!) { planReceptionSession(input: $input) { id version } }
                """,
                Map.of(
                        "input",
                        Map.of(
                                "kind",
                                kind,
                                "heldOn",
                                day,
                                "startsAt",
                                "08:00",
                                "place",
                                "Trụ sở UBND, phòng tiếp công dân",
                                "presiderOffice",
                                office,
                                "presiderName",
                                "Trần Văn Minh")));
        assertThat(planned.errorCode()).as(planned.body()).isNull();
        return planned.read("$.data.planReceptionSession");
    }

    String directive() {
        Response response = api.graphQl(
                SUPERVISOR,
                "mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id } }",
                Map.of(
                        "input",
                        Map.of(
                                "number", "S" + UUID.randomUUID().toString().substring(0, 8) + "-CT/TU",
                                "title", "Chỉ thị về công tác dân vận",
                                "issuedOn", "2026-04-01",
                                "issuer", "Ban Thường vụ Thành ủy",
                                "groups", List.of("Tiếp công dân, đối thoại"))));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.createDirective.id");
    }

    String task(String directive, Map<String, Object> schedule) {
        Map<String, Object> input = new HashMap<>(schedule);
        input.put("directiveId", directive);
        input.put("groupPosition", 1);
        input.put("title", "Nhiệm vụ " + UUID.randomUUID().toString().substring(0, 6));
        Response response = api.graphQl(
                SUPERVISOR,
                "mutation($input: CreateDirectiveTaskInput!) { createDirectiveTask(input: $input) { id } }",
                Map.of("input", input));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.createDirectiveTask.id");
    }

    /** Assigns the task to the units; each unit's assignment id, from the unit's own list. */
    Map<String, String> assign(String task, String... units) {
        Response response = api.graphQl(
                SUPERVISOR,
                "mutation($input: AssignDirectiveTaskInput!) { assignDirectiveTask(input: $input) { created } }",
                Map.of("input", Map.of("taskId", task, "units", Map.of("codes", List.of(units)))));
        assertThat(response.errorCode()).as(response.body()).isNull();
        Map<String, String> ids = new HashMap<>();
        for (String unit : units) {
            Response list = api.graphQl(
                    officer(unit),
                    "{ directiveAssignments(first: 200) { edges { node { id task { id } } } } }",
                    Map.of());
            List<String> found =
                    list.json().read("$.data.directiveAssignments.edges[?(@.node.task.id == '" + task + "')].node.id");
            assertThat(found).as(list.body()).hasSize(1);
            ids.put(unit, found.getFirst());
        }
        return ids;
    }

    void report(String unit, String assignment, int percent, String periodStart) {
        Map<String, Object> input = new HashMap<>(
                Map.of("assignmentId", assignment, "percent", percent, "narrative", "Đã triển khai " + percent + "%."));
        if (periodStart != null) {
            input.put("periodStart", periodStart);
        }
        Response response = api.graphQl(
                officer(unit),
                "mutation($input: DirectiveReportInput!) { reportDirectiveProgress(input: $input) { id } }",
                Map.of("input", input));
        assertThat(response.errorCode()).as(response.body()).isNull();
    }

    /** A leader's periodic reception, or the officers' regular one. */
    private static String kindFor(String office) {
        return office.equals("OFFICER") ? "REGULAR" : "LEADER_PERIODIC";
    }

    static String officer(String unit) {
        return "officer." + unit;
    }
}
