package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working week of state agencies with the 2025–2026 days off and swaps (Labour Code 2019, arts. 111–112). */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = OfficialDays.calendar();

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-01 | true  | an ordinary Wednesday
            2026-07-04 | false | a Saturday
            2026-07-05 | false | a Sunday
            2026-02-17 | false | Tết, first day of the lunar year
            2026-01-10 | true  | a Saturday worked in exchange for Friday 2 January
            2026-01-02 | false | the Friday swapped away
            2026-04-27 | false | compensatory Monday for Hùng Kings' day on Sunday 26 April (art. 111(3))
            2025-04-26 | true  | a Saturday worked in exchange for Friday 2 May 2025
            2025-09-01 | false | the day before National Day
            """)
    void aDayIsWorkedUnlessItIsAWeekendOrADayOff(LocalDate day, boolean working, String why) {
        assertThat(calendar.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-03 | 1 | 2026-07-06 | Fri -> the weekend is skipped -> Mon
            2026-04-29 | 1 | 2026-05-04 | Wed -> Thu 30/4 and Fri 1/5 off, weekend -> Mon 4/5
            2026-01-09 | 1 | 2026-01-10 | Fri -> the worked Saturday 10/1 counts
            2026-02-13 | 1 | 2026-02-23 | Fri -> Tết 14/2-22/2 -> Mon 23/2
            2026-02-13 | 0 | 2026-02-13 | no days: the same day
            2026-07-01 | 5 | 2026-07-08 | Wed -> Thu 2, Fri 3, Mon 6, Tue 7, Wed 8
            """)
    void addingWorkingDaysCountsOnlyDaysTheOfficesAreOpen(LocalDate from, int n, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, n)).as(why).isEqualTo(expected);
    }

    @Test
    void addingCalendarDaysCountsEveryDay() {
        // 2026-04-29 + 3 = 2026-05-02, a Saturday after two days off: calendar days ignore both.
        assertThat(calendar.addDays(LocalDate.parse("2026-04-29"), 3)).isEqualTo(LocalDate.parse("2026-05-02"));
    }

    @ParameterizedTest(name = "the next working day on or after {0} is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-14 | 2026-02-23 | Sat before Tết -> Mon after it
            2026-08-29 | 2026-09-03 | Sat before Mon 31/8 (swapped), Tue 1/9 and Wed 2/9 off -> Thu 3/9
            2026-07-01 | 2026-07-01 | a working day is its own answer
            """)
    void theNextWorkingDaySkipsWeekendsAndDaysOff(LocalDate day, LocalDate expected, String why) {
        assertThat(calendar.nextWorkingDayOnOrAfter(day)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days in [{0}, {1}) = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-09 | 2026-02-23 | 5 | Mon 9/2-Fri 13/2; Tết week off
            2026-01-05 | 2026-01-12 | 6 | Mon 5/1-Fri 9/1 and the worked Saturday 10/1
            2026-07-01 | 2026-07-01 | 0 | an empty range
            2026-07-08 | 2026-07-01 | 0 | a reversed range is empty
            """)
    void workingDaysBetweenCountsTheOpenDaysOfAHalfOpenRange(LocalDate from, LocalDate to, int expected, String why) {
        assertThat(calendar.workingDaysBetween(from, to)).as(why).isEqualTo(expected);
    }

    @Test
    void aWorkingWeekendOnAWeekdayIsRefusedAsADataError() {
        Holiday wrong = new Holiday(LocalDate.parse("2026-01-09"), HolidayKind.WORKING_WEEKEND, "swap", "typo");

        assertThatThrownBy(() -> WorkingCalendar.of(wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Saturday or Sunday");
    }

    @Test
    void theSameDayTwiceIsRefused() {
        Holiday once = new Holiday(LocalDate.parse("2026-09-02"), HolidayKind.HOLIDAY, "National Day", "a");
        Holiday twice = new Holiday(LocalDate.parse("2026-09-02"), HolidayKind.HOLIDAY, "National Day", "b");

        assertThatThrownBy(() -> new WorkingCalendar(List.of(once, twice)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-09-02");
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-07-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
