package vn.hanoi.danvan.api.petitions.deadlines;

import static vn.hanoi.danvan.api.petitions.deadlines.HolidayKind.HOLIDAY;
import static vn.hanoi.danvan.api.petitions.deadlines.HolidayKind.WORKING_WEEKEND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2025 and 2026 days off and worked weekends of state agencies, written out by hand so the tests do
 * not depend on the seed they check ({@code SeedChangelogTest} compares the two).
 */
final class OfficialDays {

    private OfficialDays() {}

    static List<Holiday> of2025And2026() {
        List<Holiday> days = new ArrayList<>();
        off(days, "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31");
        off(days, "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02");
        worked(days, "2025-04-26");
        off(days, "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20");
        off(days, "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02");
        worked(days, "2026-01-10", "2026-08-22");
        return days;
    }

    static WorkingCalendar calendar() {
        return new WorkingCalendar(of2025And2026());
    }

    private static void off(List<Holiday> days, String... dates) {
        for (String date : dates) {
            days.add(new Holiday(LocalDate.parse(date), HOLIDAY, "day off", "test"));
        }
    }

    private static void worked(List<Holiday> days, String... dates) {
        for (String date : dates) {
            days.add(new Holiday(LocalDate.parse(date), WORKING_WEEKEND, "worked weekend", "test"));
        }
    }
}
