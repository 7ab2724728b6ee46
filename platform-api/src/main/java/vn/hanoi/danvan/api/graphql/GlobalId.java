package vn.hanoi.danvan.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * A Relay global id that carries the unit: {@code Petition:00070:42}, base64url-encoded so
 * clients treat it as opaque. A unit's own id is {@code Unit:00070}.
 *
 * @param type the GraphQL type name
 * @param unit the unit whose schema holds the object; empty for city-level objects
 * @param key the object's key within its unit (its code, for a unit)
 */
public record GlobalId(String type, Optional<UnitCode> unit, String key) {

    public static GlobalId of(String type, UnitCode unit, Object key) {
        return new GlobalId(type, Optional.of(unit), String.valueOf(key));
    }

    public static GlobalId ofCityLevel(String type, Object key) {
        return new GlobalId(type, Optional.empty(), String.valueOf(key));
    }

    public String encode() {
        String raw = type + ":" + unit.map(UnitCode::value).orElse("") + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an id a client sent; anything malformed is BAD_USER_INPUT, before any SQL. */
    public static GlobalId decode(String id) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(id == null ? "" : id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput("id", "Not an id this API issued.");
        }
        String[] parts = raw.split(":", 3);
        if (parts.length != 3
                || !parts[0].matches("[A-Z][A-Za-z]{1,40}")
                || parts[2].isEmpty()
                || parts[2].length() > 64) {
            throw ApiException.badInput("id", "Not an id this API issued.");
        }
        if (parts[1].isEmpty()) {
            return new GlobalId(parts[0], Optional.empty(), parts[2]);
        }
        if (!UnitCode.isValid(parts[1])) {
            throw ApiException.badInput("id", "Not an id this API issued.");
        }
        return new GlobalId(parts[0], Optional.of(UnitCode.of(parts[1])), parts[2]);
    }

    /** The key as a number, for objects keyed by a bigint. */
    public long numericKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiException.badInput("id", "Not an id this API issued.");
        }
    }
}
