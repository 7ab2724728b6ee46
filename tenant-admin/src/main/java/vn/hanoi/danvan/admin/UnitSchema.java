package vn.hanoi.danvan.admin;

import java.util.regex.Pattern;

/**
 * The PostgreSQL schema that holds one unit's data. Its name is derived from the unit code and
 * checked against a strict pattern, so it can be written into DDL and {@code set_config} without
 * any text from a request ever becoming SQL.
 */
public record UnitSchema(String name) {

    private static final Pattern FORMAT = Pattern.compile("^unit_[a-z0-9_]{1,40}$");

    /** The schema that holds the extensions (unaccent, pg_trgm, pgcrypto) every unit uses. */
    public static final String EXTENSIONS = "ext";

    public UnitSchema {
        if (name == null || !FORMAT.matcher(name).matches()) {
            throw new InvalidUnitException("Not a unit schema name.");
        }
    }

    public static UnitSchema forCode(UnitCode code) {
        return new UnitSchema("unit_" + code.value());
    }

    /** The search_path a unit of work runs under: the unit's schema, then the extensions. */
    public String searchPath() {
        return name + ", " + EXTENSIONS;
    }

    @Override
    public String toString() {
        return name;
    }
}
