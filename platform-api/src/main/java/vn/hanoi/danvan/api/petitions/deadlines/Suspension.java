package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A suspension decision (tạm đình chỉ) on a case: the clock stops on {@code from} and runs again on
 * {@code resumedOn}, the day of the resume decision; {@code resumedOn} is null while the suspension lasts.
 */
public record Suspension(LocalDate from, LocalDate resumedOn) {

    public Suspension {
        Objects.requireNonNull(from, "from");
        if (resumedOn != null && resumedOn.isBefore(from)) {
            throw new IllegalArgumentException(
                    "a suspension cannot resume before it starts: " + from + " > " + resumedOn);
        }
    }

    /** The day the clock runs again: the resume decision, or {@code today} while still suspended. */
    LocalDate endOr(LocalDate today) {
        return resumedOn != null ? resumedOn : today;
    }
}
