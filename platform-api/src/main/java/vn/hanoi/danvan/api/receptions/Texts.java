package vn.hanoi.danvan.api.receptions;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import vn.hanoi.danvan.api.graphql.ApiException;

/** Checks of free text and times as typed in, with the field at fault in the error. */
final class Texts {

    private Texts() {}

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badInput(field, "This field is required.");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw ApiException.badInput(field, "At most " + max + " characters.");
        }
        return stripped;
    }

    /** A time of day, "08:00". */
    static LocalTime time(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badInput(field, "Give the time as HH:MM, e.g. 08:00.");
            }
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badInput(field, "Give the time as HH:MM, e.g. 08:00.");
        }
    }
}
