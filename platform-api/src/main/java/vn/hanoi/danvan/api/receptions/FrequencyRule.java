package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;

/**
 * How often a leader must receive citizens in person, from {@code platform.reception_frequency_rule}:
 * at least {@code minDays} days in each week, or in the month, while the rule is in force.
 */
record FrequencyRule(
        LeaderOffice office,
        Period period,
        int minDays,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String legalBasis) {

    /** The span the minimum applies to. */
    enum Period {
        WEEK,
        MONTH
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
