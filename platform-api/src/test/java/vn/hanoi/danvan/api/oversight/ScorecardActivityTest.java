package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;

/**
 * The reception and directive parts of the scorecards against the hand-counted figures of the
 * calendar and tasks in {@link ScorecardActivity}, in units no other test touches; their ranking,
 * their export columns, and the cache following reception and directive writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardActivityTest extends ApiTest {

    static final String SUPERVISOR = "supervisor.city";
    static final List<String> UNITS = List.of("00118", "00127", "00136");
    static final String QUIET_UNIT = "00145";

    static final String CARDS = """
            query($period: OversightPeriodInput!, $units: [String!], $orderBy: ScorecardOrder, $direction: SortDirection) {
              oversight(period: $period, units: $units) {
                scorecards(orderBy: $orderBy, direction: $direction) {
                  rank unitCode
                  receptions { sessionsHeld sessionsCancelled sessionsRequired requiredDaysMet complianceRate
                               monthsJudged monthsMet }
                  directives { assigned completed completedLate overdueOpen late completionRate }
                }
              }
            }
            """;

    @Autowired
    PetitionCalendar calendar;

    LocalDate today;
    ScorecardActivity activity;

    @BeforeAll
    void activity() {
        today = calendar.today();
        activity = new ScorecardActivity(this::graphQl, UNITS);
        activity.receptionCalendar();
        activity.directives(today);
    }

    @Test
    void receptionComplianceAcrossTheRuleChangeOfJuly2026IsTheHandCountedOne() {
        // June by the weekly rule (4 weeks) and July by two days a month, plus the secretary's two
        // days in each: 10 days required, 7 kept. The cancelled Jun 18 session would have kept week 3.
        assertThat(receptions("2026-06", "2026-07")).isEqualTo(figures(12, 2, 10, 7, 0.7, 2, 0));
        // May adds 6 required days and 1 kept, August 4 and 4: the only month met.
        assertThat(receptions("2026-05", "2026-08")).isEqualTo(figures(17, 2, 20, 12, 0.6, 4, 1));
        // The unit's own monthly verdicts, from its own schema, agree with the city's count.
        for (int month : new int[] {6, 7, 8}) {
            Response own = graphQl(
                    "officer." + UNITS.getFirst(),
                    "query($month: Int!) { receptionCompliance(year: 2026, month: $month) { met } }",
                    Map.of("month", month));
            assertThat(own.<Boolean>read("$.data.receptionCompliance.met"))
                    .as("2026-%02d", month)
                    .isEqualTo(month == 8);
        }
    }

    @Test
    void directiveFiguresCountDoneLateAndOverdueAsTheProgressViewDoes() {
        List<Map<String, Object>> summer = cards("2026-06", "2026-08", UNITS, "UNIT_CODE", "ASC");
        // Tasks A (due Jun 15) and C (monthly, due Aug 31): u1 did both after their deadlines, u2
        // neither and is late on both; u3 has only A, untouched.
        assertThat(summer)
                .extracting(card -> card.get("directives"))
                .containsExactly(
                        directiveFigures(2, 2, 2, 0, 1.0),
                        directiveFigures(2, 0, 0, 2, 0.0),
                        directiveFigures(1, 0, 0, 1, 0.0));
        // B, due in 20 days and done: on time. D, due next month, with an earlier report missing:
        // overdue already. (Other tests assign tasks to every unit: only they may add to "assigned".)
        YearMonth now = YearMonth.from(today);
        Map<String, Object> ahead = cards(
                        now.toString(), now.plusMonths(1).toString(), List.of(UNITS.getFirst()), "UNIT_CODE", "ASC")
                .getFirst();
        assertThat(number(ahead, "directives", "assigned")).isGreaterThanOrEqualTo(2);
        assertThat(List.of(
                        number(ahead, "directives", "completed"),
                        number(ahead, "directives", "completedLate"),
                        number(ahead, "directives", "overdueOpen"),
                        number(ahead, "directives", "late")))
                .containsExactly(1L, 0L, 1L, 1L);
    }

    @Test
    void scorecardsRankByReceptionComplianceDirectiveCompletionAndLateness() {
        List<String> units = List.of(UNITS.get(0), UNITS.get(1), UNITS.get(2), QUIET_UNIT);
        assertThat(order("RECEPTION_COMPLIANCE", "DESC", units)).containsExactly("00118", "00127", "00136", "00145");
        // A unit with nothing due has no completion rate: last, whichever the direction.
        assertThat(order("DIRECTIVE_COMPLETION", "DESC", units)).containsExactly("00118", "00127", "00136", "00145");
        assertThat(order("DIRECTIVE_COMPLETION", "ASC", units)).containsExactly("00127", "00136", "00118", "00145");
        assertThat(order("DIRECTIVES_LATE", "DESC", units)).containsExactly("00118", "00127", "00136", "00145");
        assertThat(cards("2026-06", "2026-08", units, "DIRECTIVES_LATE", "DESC"))
                .extracting(card -> card.get("rank"))
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void theExportsCarryTheReceptionAndDirectiveColumnsUnderVietnameseHeaders() throws IOException {
        String query = "?from=2026-06&to=2026-08&units=" + UNITS.getFirst();
        List<String> lines = new String(download("/api/oversight/scorecards.csv" + query), StandardCharsets.UTF_8)
                .lines()
                .toList();
        List<String> headers = Arrays.asList(lines.getFirst().split(","));
        List<String> row = Arrays.asList(lines.get(1).split(",", -1));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("Buổi tiếp công dân đã tổ chức", "16");
        expected.put("Buổi tiếp công dân bị hủy", "2");
        expected.put("Số ngày lãnh đạo phải tiếp dân", "14");
        expected.put("Số ngày lãnh đạo đã tiếp dân", "11");
        expected.put("Tỷ lệ thực hiện lịch tiếp dân (%)", "78.6");
        expected.put("Số tháng đã xét", "3");
        expected.put("Số tháng đạt", "1");
        expected.put("Nhiệm vụ đến hạn", "2");
        expected.put("Nhiệm vụ đã hoàn thành", "2");
        expected.put("Hoàn thành quá hạn", "2");
        expected.put("Quá hạn chưa hoàn thành", "0");
        expected.put("Tỷ lệ hoàn thành nhiệm vụ (%)", "100.0");
        expected.forEach((header, value) -> {
            assertThat(headers).contains(header);
            assertThat(row.get(headers.indexOf(header))).as(header).isEqualTo(value);
        });

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(download("/api/oversight/scorecards.xlsx" + query)))) {
            Row header = book.getSheetAt(0).getRow(2);
            Row values = book.getSheetAt(0).getRow(3);
            int column = headers.indexOf("Tỷ lệ thực hiện lịch tiếp dân (%)");
            assertThat(header.getCell(column).getStringCellValue()).isEqualTo("Tỷ lệ thực hiện lịch tiếp dân (%)");
            assertThat(values.getCell(column).getNumericCellValue()).isEqualTo(78.6);
        }
    }

    @Test
    void aReceptionOrDirectiveWriteIsNeverAnsweredWithTheScorecardCachedBeforeIt() {
        YearMonth now = YearMonth.from(today);
        String from = now.toString();
        String to = now.plusMonths(1).toString();
        Map<String, Object> before = quietCard(from, to);
        try {
            // Facts changed behind the triggers' back raise no generation: the cached scorecard stays.
            behindTheTriggers(
                    "insert into platform.reception_session_fact (unit_code, session_id, kind, held_on, online,"
                            + " presider_office, status) values ('" + QUIET_UNIT + "', 999999, 'REGULAR', '" + today
                            + "', false, 'OFFICER', 'HELD')");
            behindTheTriggers(
                    "insert into platform.directive_assignment_fact (unit_code, task_id, directive_id, recurrence,"
                            + " assigned_on, obligations, open_due_on, due_on) values ('" + QUIET_UNIT
                            + "', 999999, 999999,"
                            + " 'NONE', '" + today + "', 1, '{}', '" + today.plusDays(10) + "')",
                    // and into the running totals by deadline month (platform 014), which its
                    // trigger would have kept
                    "select platform.directive_running_apply(f, 1) from platform.directive_assignment_fact f"
                            + " where unit_code = '" + QUIET_UNIT + "' and task_id = 999999");
            assertThat(quietCard(from, to)).isEqualTo(before);

            // A session held: its fact raised the unit's generation in the same transaction.
            activity.held(QUIET_UNIT, today.toString(), "OFFICER");
            Map<String, Object> afterSession = quietCard(from, to);
            assertThat(number(afterSession, "receptions", "sessionsHeld"))
                    .isEqualTo(number(before, "receptions", "sessionsHeld") + 2);
            assertThat(number(afterSession, "directives", "assigned"))
                    .isEqualTo(number(before, "directives", "assigned") + 1);

            // A task assigned, then reported done: each write is seen at once.
            String task = activity.task(
                    activity.directive(),
                    Map.of("recurrence", "NONE", "dueOn", today.plusDays(10).toString()));
            String assignment = activity.assign(task, QUIET_UNIT).get(QUIET_UNIT);
            Map<String, Object> afterAssignment = quietCard(from, to);
            assertThat(number(afterAssignment, "directives", "assigned"))
                    .isEqualTo(number(afterSession, "directives", "assigned") + 1);
            activity.report(QUIET_UNIT, assignment, 100, null);
            assertThat(number(quietCard(from, to), "directives", "completed"))
                    .isEqualTo(number(afterAssignment, "directives", "completed") + 1);
        } finally {
            // Through the triggers: no figure counting the made-up rows outlives them.
            run("delete from platform.reception_session_fact where unit_code = '" + QUIET_UNIT
                    + "' and session_id = 999999");
            run("delete from platform.directive_assignment_fact where unit_code = '" + QUIET_UNIT
                    + "' and task_id = 999999");
        }
    }

    private Map<String, Object> quietCard(String from, String to) {
        return cards(from, to, List.of(QUIET_UNIT), "UNIT_CODE", "ASC").getFirst();
    }

    private List<Map<String, Object>> cards(
            String from, String to, List<String> units, String orderBy, String direction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("period", Map.of("from", from, "to", to));
        variables.put("units", units);
        variables.put("orderBy", orderBy);
        variables.put("direction", direction);
        Response response = graphQl(SUPERVISOR, CARDS, variables);
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.oversight.scorecards");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> receptions(String from, String to) {
        return (Map<String, Object>) cards(from, to, List.of(UNITS.getFirst()), "UNIT_CODE", "ASC")
                .getFirst()
                .get("receptions");
    }

    private List<String> order(String orderBy, String direction, List<String> units) {
        return cards("2026-06", "2026-08", units, orderBy, direction).stream()
                .map(card -> (String) card.get("unitCode"))
                .toList();
    }

    private static Map<String, Object> figures(
            int held, int cancelled, int required, int met, double rate, int judged, int monthsMet) {
        return Map.of(
                "sessionsHeld", held,
                "sessionsCancelled", cancelled,
                "sessionsRequired", required,
                "requiredDaysMet", met,
                "complianceRate", rate,
                "monthsJudged", judged,
                "monthsMet", monthsMet);
    }

    private static Map<String, Object> directiveFigures(
            int assigned, int completed, int completedLate, int overdueOpen, double rate) {
        return Map.of(
                "assigned", assigned,
                "completed", completed,
                "completedLate", completedLate,
                "overdueOpen", overdueOpen,
                "late", completedLate + overdueOpen,
                "completionRate", rate);
    }

    private static long number(Map<String, Object> card, String part, String field) {
        return ((Number) ((Map<?, ?>) card.get(part)).get(field)).longValue();
    }

    /** Runs SQL with the triggers off, as a restore or a manual fix might: no generation is raised. */
    private static void behindTheTriggers(String... statements) {
        List<String> all = new ArrayList<>(List.of("set session_replication_role = replica"));
        all.addAll(List.of(statements));
        run(all.toArray(String[]::new));
    }

    private static void run(String... statements) {
        try (Connection connection = DriverManager.getConnection(databaseUrl());
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] download(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(SUPERVISOR))
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
