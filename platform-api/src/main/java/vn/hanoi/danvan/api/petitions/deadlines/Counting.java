package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How the days of a statutory period are counted. In both ways the day the clock starts is not counted:
 * the period starts the next day (Civil Code 2015, art. 147).
 */
public enum Counting {
    /**
     * Calendar days ("ngày"). When the last day is a weekend day or a public holiday the period ends at the
     * end of the next working day (Civil Code 2015, art. 148).
     */
    DAYS {
        @Override
        LocalDate end(WorkingCalendar calendar, LocalDate start, int days) {
            return calendar.nextWorkingDayOnOrAfter(calendar.addDays(start, days));
        }

        @Override
        int span(WorkingCalendar calendar, LocalDate fromInclusive, LocalDate toExclusive) {
            return (int) Math.max(0, ChronoUnit.DAYS.between(fromInclusive, toExclusive));
        }
    },
    /** Working days ("ngày làm việc"): weekends and public holidays are skipped, worked Saturdays count. */
    WORKING_DAYS {
        @Override
        LocalDate end(WorkingCalendar calendar, LocalDate start, int days) {
            return calendar.addWorkingDays(start, days);
        }

        @Override
        int span(WorkingCalendar calendar, LocalDate fromInclusive, LocalDate toExclusive) {
            return calendar.workingDaysBetween(fromInclusive, toExclusive);
        }
    };

    /** The last day of a period of {@code days} counted from {@code start}. */
    abstract LocalDate end(WorkingCalendar calendar, LocalDate start, int days);

    /** How many days of this kind lie in [from, to): what a pause of that span adds to a period. */
    abstract int span(WorkingCalendar calendar, LocalDate fromInclusive, LocalDate toExclusive);
}
