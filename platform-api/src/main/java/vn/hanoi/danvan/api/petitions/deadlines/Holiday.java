package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the public-holiday table. The Labour Code 2019 (art. 112) fixes the kinds of holidays; the
 * government fixes the exact days each year, with swaps, so a platform admin keeps them per year and
 * {@code source} names the decision they come from.
 */
public record Holiday(LocalDate day, HolidayKind kind, String name, String source) {

    public Holiday {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
