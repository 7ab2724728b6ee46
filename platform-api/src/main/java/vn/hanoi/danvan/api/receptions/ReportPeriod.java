package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import vn.hanoi.danvan.api.graphql.ApiException;

/** The periods reception work is reported for: month, quarter, the first 6 and 9 months, the year. */
public enum ReportPeriod {
    MONTH,
    QUARTER,
    SIX_MONTHS,
    NINE_MONTHS,
    YEAR;

    /** The first and last day of the period; {@code number} names the month or quarter. */
    LocalDate[] span(int year, Integer number) {
        Months.of(year, 1);
        return switch (this) {
            case MONTH -> {
                int month = numbered(number, 12);
                yield new LocalDate[] {
                    LocalDate.of(year, month, 1),
                    LocalDate.of(year, month, 1).plusMonths(1).minusDays(1)
                };
            }
            case QUARTER -> {
                int quarter = numbered(number, 4);
                LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
                yield new LocalDate[] {from, from.plusMonths(3).minusDays(1)};
            }
            case SIX_MONTHS -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)};
            case NINE_MONTHS -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30)};
            case YEAR -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        };
    }

    private int numbered(Integer number, int max) {
        if (number == null || number < 1 || number > max) {
            throw ApiException.badInput("number", "A " + name().toLowerCase() + " is numbered 1 to " + max + ".");
        }
        return number;
    }
}
