package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.graphql.ApiException;

/**
 * What an oversight question covers: a period, the units (all if empty) or one kind of unit, and
 * the day backlog and overdue figures are counted on.
 */
record OversightScope(OversightPeriod period, List<UnitCode> units, UnitKind kind, LocalDate asOf) {

    static final int MAX_UNITS = 5000;

    /** The registry rows in scope; every oversight query joins on it. */
    static final String UNITS_CTE = """
            with scope as (
                select code, name, kind, updated_at from platform.unit
                 where status <> 'ARCHIVED'
                   and (cast(:kind as text) is null or kind = :kind)
                   and (:allUnits or code = any(string_to_array(:units, ',')))
            )
            """;

    static OversightScope of(OversightPeriod period, List<String> units, UnitKind kind, LocalDate asOf) {
        if (units != null && units.size() > MAX_UNITS) {
            throw ApiException.badInput("units", "At most " + MAX_UNITS + " units at once.");
        }
        List<UnitCode> codes = units == null
                ? List.of()
                : units.stream().distinct().sorted().map(OversightScope::code).toList();
        return new OversightScope(period, codes, kind, asOf);
    }

    /** The same scope narrowed to one of its units. */
    OversightScope only(String unit) {
        UnitCode code = code(unit);
        if (!units.isEmpty() && !units.contains(code)) {
            throw ApiException.badInput("unit", "Unit " + unit + " is not among the units asked about.");
        }
        return new OversightScope(period, List.of(code), kind, asOf);
    }

    /** Named parameters of {@link #UNITS_CTE} and the period. */
    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind == null ? null : kind.name());
        params.put("allUnits", units.isEmpty());
        // Checked five-digit codes, joined: one text parameter whatever the number of units.
        params.put("units", String.join(",", units.stream().map(UnitCode::value).toList()));
        params.put("from", period.firstDay());
        params.put("to", period.lastDay());
        params.put("today", asOf);
        return params;
    }

    /** A stable text of the scope, for cache keys. */
    String fingerprint() {
        return period.from() + ".." + period.to() + "|" + (kind == null ? "" : kind.name()) + "|"
                + String.join(",", units.stream().map(UnitCode::value).toList()) + "|" + asOf;
    }

    private static UnitCode code(String text) {
        if (!UnitCode.isValid(text)) {
            throw ApiException.badInput("units", "A unit code is five digits, e.g. 00070.");
        }
        return UnitCode.of(text);
    }
}
