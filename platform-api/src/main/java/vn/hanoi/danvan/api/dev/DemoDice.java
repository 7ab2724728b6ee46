package vn.hanoi.danvan.api.dev;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The draws the demo data is made of, from one seeded {@link Random}: the same seed, the same data. */
final class DemoDice {

    private final Random random;

    DemoDice(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index into {@code weights}, each drawn in proportion to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(Math.max(total, 1));
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * A day from {@code earliest} plus a few days, never after {@code latest}, on a weekday where
     * the range allows: decisions are signed at the office.
     */
    LocalDate dayAfter(LocalDate earliest, int minDays, int maxDays, LocalDate latest) {
        LocalDate day = earliest.plusDays(between(minDays, maxDays));
        if (day.isAfter(latest)) {
            day = latest;
        }
        while (isWeekend(day) && day.minusDays(1).isAfter(earliest)) {
            day = day.minusDays(1);
        }
        return day.isBefore(earliest) ? earliest : day;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
