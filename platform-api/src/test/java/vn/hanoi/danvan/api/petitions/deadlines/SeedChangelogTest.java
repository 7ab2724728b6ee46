package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Liquibase seed and the Java side say the same thing: the rules the service loads from the database
 * are {@link DeadlineRules#statutory()}, and the holidays are the days the tests count on.
 */
class SeedChangelogTest {

    private static final String QUOTED = "'((?:[^']|'')*)'";
    private static final Pattern RULE = Pattern.compile("\\("
            + String.join(
                    ", ",
                    QUOTED,
                    QUOTED,
                    "(\\d)",
                    QUOTED,
                    "(\\d+)",
                    "(\\d+)",
                    "(\\d+)",
                    "(\\d+)",
                    "(\\d+)",
                    "(\\d+)",
                    "(\\d+)",
                    QUOTED,
                    "(null|'[0-9-]+')",
                    QUOTED)
            + "\\)");
    private static final Pattern HOLIDAY = Pattern.compile(
            "\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKING_WEEKEND)', " + QUOTED + ", " + QUOTED + "\\)");

    @Test
    void theSeededRulesAreTheStatutoryRules() throws IOException {
        List<DeadlineRule> seeded = new ArrayList<>();
        Matcher row = RULE.matcher(read("db/platform/003-seed-rules-and-holidays.sql"));
        while (row.find()) {
            seeded.add(new DeadlineRule(
                    PetitionKind.valueOf(row.group(1)),
                    Clock.valueOf(row.group(2)),
                    Integer.parseInt(row.group(3)),
                    Counting.valueOf(row.group(4)),
                    Integer.parseInt(row.group(5)),
                    Integer.parseInt(row.group(6)),
                    Integer.parseInt(row.group(7)),
                    Integer.parseInt(row.group(8)),
                    Integer.parseInt(row.group(9)),
                    Integer.parseInt(row.group(10)),
                    Integer.parseInt(row.group(11)),
                    LocalDate.parse(row.group(12)),
                    row.group(13).equals("null")
                            ? null
                            : LocalDate.parse(row.group(13).replace("'", "")),
                    row.group(14).replace("''", "'")));
        }

        assertThat(seeded).containsExactlyInAnyOrderElementsOf(DeadlineRules.statutory());
    }

    @Test
    void theSeededHolidaysAreTheDaysTheTestsCountOn() throws IOException {
        List<Holiday> seeded = seededHolidays();

        assertThat(seeded)
                .extracting(Holiday::day, Holiday::kind)
                .containsExactlyInAnyOrderElementsOf(OfficialDays.of2025And2026().stream()
                        .map(day -> org.assertj.core.groups.Tuple.tuple(day.day(), day.kind()))
                        .toList());
    }

    @Test
    void everySeededDayOffIsAWeekdayAndEveryWorkedDayAWeekendWithItsSource() throws IOException {
        // A weekend inside a holiday needs no row; a worked weekday would be a typo.
        assertThat(seededHolidays()).allSatisfy(holiday -> {
            boolean weekend = holiday.day().getDayOfWeek() == DayOfWeek.SATURDAY
                    || holiday.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(weekend).as(holiday.toString()).isEqualTo(holiday.kind() == HolidayKind.WORKING_WEEKEND);
            assertThat(holiday.source()).as(holiday.toString()).isNotBlank();
        });
        assertThat(new WorkingCalendar(seededHolidays())).isNotNull();
    }

    @Test
    void theSeedRunsRightAfterTheTablesItFills() throws IOException {
        String changelog = read("db/platform/changelog.yaml");

        assertThat(changelog.indexOf("003-seed-rules-and-holidays.sql"))
                .isGreaterThan(changelog.indexOf("002-calendar-and-rules.sql"))
                .isPositive();
    }

    private static List<Holiday> seededHolidays() throws IOException {
        List<Holiday> seeded = new ArrayList<>();
        Matcher row = HOLIDAY.matcher(read("db/platform/003-seed-rules-and-holidays.sql"));
        while (row.find()) {
            seeded.add(new Holiday(
                    LocalDate.parse(row.group(1)),
                    HolidayKind.valueOf(row.group(2)),
                    row.group(3).replace("''", "'"),
                    row.group(4).replace("''", "'")));
        }
        return seeded;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SeedChangelogTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
