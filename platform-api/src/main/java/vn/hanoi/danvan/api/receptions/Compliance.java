package vn.hanoi.danvan.api.receptions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * Judges a month against the frequency rules: for each leader's office, the days on which a session
 * they presided in person was held, against the minimum of the rule in force on the month's first
 * day. A cancelled session, or one a deputy presided, does not count; two sessions on one day are
 * one day. A weekly rule is judged week by week, each week (Monday to Sunday) belonging to the
 * month that holds its Thursday, as ISO weeks do, so every week is judged exactly once.
 */
final class Compliance {

    private Compliance() {}

    /** A month's verdict for a unit. */
    record Month(UnitCode unit, int year, int month, List<Office> offices) {

        boolean met() {
            return offices.stream().allMatch(Office::met);
        }
    }

    /** One office's verdict: each period judged, and the sessions that counted. */
    record Office(LeaderOffice office, FrequencyRule rule, List<Span> periods, List<ReceptionSession> sessions) {

        int requiredDays() {
            return periods.stream().mapToInt(Span::requiredDays).sum();
        }

        int heldDays() {
            return periods.stream().mapToInt(Span::heldDays).sum();
        }

        boolean met() {
            return periods.stream().allMatch(Span::met);
        }

        /** Periods below the minimum: days over it in one week do not make up for another. */
        int shortPeriods() {
            return (int) periods.stream().filter(span -> !span.met()).count();
        }
    }

    /** A week or the month: the days a leader received citizens in it, against the minimum. */
    record Span(LocalDate from, LocalDate to, int requiredDays, int heldDays) {

        boolean met() {
            return heldDays >= requiredDays;
        }
    }

    /** The days whose sessions the month's verdict can depend on: its weeks may reach into the next and last month. */
    static LocalDate[] window(YearMonth month) {
        return new LocalDate[] {
            month.atDay(1).minusDays(6), month.atEndOfMonth().plusDays(7)
        };
    }

    static Month judge(UnitCode unit, YearMonth month, List<FrequencyRule> rules, List<ReceptionSession> sessions) {
        List<Office> offices = new ArrayList<>();
        for (LeaderOffice office : LeaderOffice.values()) {
            rule(rules, office, month.atDay(1)).ifPresent(rule -> offices.add(judge(month, rule, sessions)));
        }
        return new Month(unit, month.getYear(), month.getMonthValue(), offices);
    }

    private static Office judge(YearMonth month, FrequencyRule rule, List<ReceptionSession> sessions) {
        List<ReceptionSession> counting =
                sessions.stream().filter(s -> s.countsFor(rule.office())).toList();
        List<Span> periods = new ArrayList<>();
        List<ReceptionSession> counted = new ArrayList<>();
        for (LocalDate[] span : spans(month, rule.period())) {
            List<ReceptionSession> inSpan = counting.stream()
                    .filter(s -> !s.heldOn().isBefore(span[0]) && !s.heldOn().isAfter(span[1]))
                    .toList();
            int days = (int)
                    inSpan.stream().map(ReceptionSession::heldOn).distinct().count();
            periods.add(new Span(span[0], span[1], rule.minDays(), days));
            counted.addAll(inSpan);
        }
        return new Office(rule.office(), rule, periods, counted);
    }

    private static List<LocalDate[]> spans(YearMonth month, FrequencyRule.Period period) {
        if (period == FrequencyRule.Period.MONTH) {
            return List.<LocalDate[]>of(new LocalDate[] {month.atDay(1), month.atEndOfMonth()});
        }
        List<LocalDate[]> weeks = new ArrayList<>();
        LocalDate thursday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        while (YearMonth.from(thursday).equals(month)) {
            weeks.add(new LocalDate[] {thursday.minusDays(3), thursday.plusDays(3)});
            thursday = thursday.plusWeeks(1);
        }
        return weeks;
    }

    private static Optional<FrequencyRule> rule(List<FrequencyRule> rules, LeaderOffice office, LocalDate day) {
        return rules.stream()
                .filter(rule -> rule.office() == office && rule.inForceOn(day))
                .findFirst();
    }
}
