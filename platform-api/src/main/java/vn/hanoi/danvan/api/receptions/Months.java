package vn.hanoi.danvan.api.receptions;

import java.time.YearMonth;
import vn.hanoi.danvan.api.graphql.ApiException;

/** A month as the client names it, checked. */
final class Months {

    private Months() {}

    static YearMonth of(int year, int month) {
        if (year < 2000 || year > 2100) {
            throw ApiException.badInput("year", "A year between 2000 and 2100.");
        }
        if (month < 1 || month > 12) {
            throw ApiException.badInput("month", "A month from 1 to 12.");
        }
        return YearMonth.of(year, month);
    }
}
