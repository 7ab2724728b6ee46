package vn.hanoi.danvan.api.oversight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scorecards' reception and directive figures computed the naive way, as {@link
 * UnitSchemaFigures} does for petitions: from the units' own tables (a UNION ALL over their
 * schemas), never from the platform's facts. The frequency rules are read as data; judging a month
 * against them is done here in Java, day by day.
 */
final class UnitSchemaActivity {

    /** A unit's reception figures over a period. */
    record Receptions(long held, long cancelled, long required, long met, long monthsJudged, long monthsMet) {}

    /** A unit's directive figures over a period. */
    record Directives(long assigned, long completed, long completedLate, long overdueOpen) {}

    private record Rule(String office, String period, int minDays, LocalDate from, LocalDate to) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /** A unit's session as judging sees it: its day, its presider's office, its status. */
    record Session(String unit, LocalDate heldOn, String office, String status) {}

    private final JdbcClient sql;

    UnitSchemaActivity(DataSource dataSource) {
        this.sql = JdbcClient.create(dataSource);
    }

    /** Per unit code: sessions of the period, and its months judged against the rules as of today. */
    Map<String, Receptions> receptions(List<String> units, YearMonth from, YearMonth to, LocalDate today) {
        List<Rule> rules = rules();
        String union = units.stream()
                .map(code -> "select '%s' as unit_code, held_on, presider_office, status from unit_%s.reception_session"
                        .formatted(code, code))
                .collect(Collectors.joining(" union all "));
        Map<String, List<Session>> sessions = sql
                .sql(union)
                .query((rs, row) -> new Session(
                        rs.getString("unit_code"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("presider_office"),
                        rs.getString("status")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Session::unit));
        Map<String, Receptions> figures = new HashMap<>();
        for (String unit : units) {
            figures.put(unit, receptions(sessions.getOrDefault(unit, List.of()), rules, from, to, today));
        }
        return figures;
    }

    /** One unit's figures judged the same way from sessions read elsewhere (the platform's facts). */
    Receptions judge(List<Session> sessions, YearMonth from, YearMonth to, LocalDate today) {
        return receptions(sessions, rules(), from, to, today);
    }

    private List<Rule> rules() {
        return sql.sql("""
                        select office, period, min_days, effective_from, effective_to
                          from platform.reception_frequency_rule
                        """)
                .query((rs, row) -> new Rule(
                        rs.getString("office"),
                        rs.getString("period"),
                        rs.getInt("min_days"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class)))
                .list();
    }

    private static Receptions receptions(
            List<Session> sessions, List<Rule> rules, YearMonth from, YearMonth to, LocalDate today) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        long held = sessions.stream()
                .filter(s -> s.status().equals("HELD") && within(s.heldOn(), first, last))
                .count();
        long cancelled = sessions.stream()
                .filter(s -> s.status().equals("CANCELLED") && within(s.heldOn(), first, last))
                .count();
        long required = 0;
        long met = 0;
        long monthsJudged = 0;
        long monthsMet = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            boolean ended = true;
            boolean allMet = true;
            boolean judgedAtAll = false;
            for (Rule rule : rules) {
                if (!rule.inForceOn(month.atDay(1))) {
                    continue;
                }
                for (LocalDate[] span : spans(month, rule.period())) {
                    judgedAtAll = true;
                    long days = sessions.stream()
                            .filter(s -> s.status().equals("HELD")
                                    && s.office().equals(rule.office())
                                    && within(s.heldOn(), span[0], span[1]))
                            .map(Session::heldOn)
                            .distinct()
                            .count();
                    boolean spanEnded = span[1].isBefore(today);
                    if (spanEnded) {
                        required += rule.minDays();
                        met += Math.min(days, rule.minDays());
                    }
                    ended &= spanEnded;
                    allMet &= days >= rule.minDays();
                }
            }
            if (judgedAtAll && ended) {
                monthsJudged++;
                monthsMet += allMet ? 1 : 0;
            }
        }
        return new Receptions(held, cancelled, required, met, monthsJudged, monthsMet);
    }

    /** The month itself, or its weeks: Monday to Sunday around each Thursday that falls in it. */
    private static List<LocalDate[]> spans(YearMonth month, String period) {
        List<LocalDate[]> spans = new ArrayList<>();
        if (period.equals("MONTH")) {
            spans.add(new LocalDate[] {month.atDay(1), month.atEndOfMonth()});
            return spans;
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            if (date.getDayOfWeek() == DayOfWeek.THURSDAY) {
                spans.add(new LocalDate[] {date.minusDays(3), date.plusDays(3)});
            }
        }
        return spans;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * Per unit code: its assignments whose deadline falls in the period, done, done after the
     * deadline, and open with an obligation whose due day is before today.
     */
    Map<String, Directives> directives(List<String> units, LocalDate from, LocalDate to, LocalDate today) {
        String union = units.stream().map(code -> """
                        select '%1$s' as unit_code, a.due_on, a.done_on,
                               exists (select 1 from unit_%1$s.directive_obligation o
                                        where o.assignment_id = a.task_id and o.report_id is null
                                          and o.due_on < :today) as missed
                          from unit_%1$s.directive_assignment a""".formatted(code)).collect(Collectors.joining(" union all "));
        Map<String, Directives> figures = new HashMap<>();
        sql.sql("select unit_code, count(*) as assigned, count(done_on) as completed,"
                        + " count(*) filter (where done_on > due_on) as completed_late,"
                        + " count(*) filter (where done_on is null and missed) as overdue_open"
                        + " from (" + union + ") a where due_on between :from and :to group by unit_code")
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, row) -> Map.entry(
                        rs.getString("unit_code"),
                        new Directives(
                                rs.getLong("assigned"),
                                rs.getLong("completed"),
                                rs.getLong("completed_late"),
                                rs.getLong("overdue_open"))))
                .list()
                .forEach(unit -> figures.put(unit.getKey(), unit.getValue()));
        units.forEach(unit -> figures.putIfAbsent(unit, new Directives(0, 0, 0, 0)));
        return figures;
    }
}
