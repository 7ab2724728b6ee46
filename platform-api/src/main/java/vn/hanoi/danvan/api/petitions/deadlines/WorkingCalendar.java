package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working days of state agencies: Monday to Friday, less the public holidays and swapped days the
 * government fixes each year (Labour Code 2019, arts. 111–112), plus the Saturdays or Sundays worked in
 * exchange. A year missing from the holiday table counts every weekday as a working day, so the table
 * must be filled before the year starts.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, HolidayKind> exceptions = new HashMap<>();

    /**
     * @throws IllegalArgumentException if a day appears twice or a working weekend is not a Saturday or
     *     Sunday: both are data errors that would silently shift deadlines
     */
    public WorkingCalendar(Collection<Holiday> holidays) {
        for (Holiday holiday : holidays) {
            if (holiday.kind() == HolidayKind.WORKING_WEEKEND && !isWeekend(holiday.day())) {
                throw new IllegalArgumentException("a working weekend must be a Saturday or Sunday: " + holiday);
            }
            if (exceptions.put(holiday.day(), holiday.kind()) != null) {
                throw new IllegalArgumentException("the day appears twice: " + holiday.day());
            }
        }
    }

    public static WorkingCalendar of(Holiday... holidays) {
        return new WorkingCalendar(List.of(holidays));
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == HolidayKind.WORKING_WEEKEND;
        }
        return !isWeekend(day);
    }

    /** The {@code n}-th working day strictly after {@code from}; {@code from} itself when n is 0. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        requireNotNegative(n);
        LocalDate day = from;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code n} calendar days after {@code from}, working or not. */
    public LocalDate addDays(LocalDate from, int n) {
        requireNotNegative(n);
        return from.plusDays(n);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate next = day;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The working days in [fromInclusive, toExclusive); 0 when the range is empty. */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        int count = 0;
        for (LocalDate day = fromInclusive; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("days to add must not be negative: " + n);
        }
    }
}
