package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.hanoi.danvan.api.graphql.ApiException;

/**
 * The months an oversight figure covers, inclusive. City reports are monthly, quarterly,
 * six-monthly, nine-monthly and yearly, so a period is whole months, which lets the figures
 * come from monthly summaries instead of every petition.
 */
record OversightPeriod(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 60;

    static OversightPeriod of(String from, String to) {
        OversightPeriod period = new OversightPeriod(month("from", from), month("to", to));
        if (period.to.isBefore(period.from)) {
            throw ApiException.badInput("to", "The period ends before it starts.");
        }
        if (period.months() > MAX_MONTHS) {
            throw ApiException.badInput("to", "A period covers at most " + MAX_MONTHS + " months.");
        }
        return period;
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    long months() {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    private static YearMonth month(String field, String text) {
        try {
            if (text != null && text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException ignored) {
            // falls through to the one message below
        }
        throw ApiException.badInput(field, "A month is written YYYY-MM, e.g. 2026-07.");
    }
}
