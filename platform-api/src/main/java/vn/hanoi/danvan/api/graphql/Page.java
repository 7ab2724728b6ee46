package vn.hanoi.danvan.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Which page a list query asks for: {@code first} rows after an opaque cursor. The cursor wraps a
 * keyset position (for example the last code or the last deadline and id seen), never an offset.
 */
public record Page(int first, Optional<String> after) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Checks the arguments as the client sent them; a page size outside 1..200 is refused. */
    public static Page of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badInput("first", "first must be between 1 and " + MAX_SIZE + ".");
        }
        return new Page(
                size,
                Optional.ofNullable(after).filter(cursor -> !cursor.isBlank()).map(Page::decode));
    }

    public static String cursor(String position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("c:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("c:") && raw.length() <= 200) {
                return raw.substring(2);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the one message below
        }
        throw ApiException.badInput("after", "Not a cursor this API issued.");
    }
}
