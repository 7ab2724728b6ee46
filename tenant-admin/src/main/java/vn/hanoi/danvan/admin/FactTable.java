package vn.hanoi.danvan.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of PII-free facts in {@code platform}, and the query over a unit's schema that says
 * what it should hold for that unit: from these, the SQL that compares the two and the SQL that
 * makes the table agree. Column names are constants of the families, never request text.
 *
 * @param table the fact table, schema-qualified
 * @param key the columns that, with {@code unit_code}, identify a fact
 * @param values the columns a fact's source decides; {@code updated_at} is the table's own
 * @param expected a select, run with the unit's search_path and {@code :unit} bound, of the
 *     columns {@code unit_code}, then {@code key}, then {@code values}, named as in the table
 */
record FactTable(String table, List<String> key, List<String> values, String expected) {

    /** One row: facts missing, facts whose values differ, and facts without a source row. */
    String drift() {
        String anyKey = key.getFirst();
        return """
                select count(*) filter (where f.%1$s is null) as missing,
                       count(*) filter (where e.%1$s is not null and f.%1$s is not null
                                          and %2$s is distinct from %3$s) as different,
                       count(*) filter (where e.%1$s is null) as extra
                  from (%4$s) e
                  full join (select * from %5$s where unit_code = :unit) f on %6$s
                """.formatted(anyKey, row("e", values), row("f", values), expected, table, keysMatch("e", "f"));
    }

    /** Inserts the facts the table lacks; the count is how many were missing. */
    String insertMissing() {
        return """
                insert into %1$s (unit_code, %2$s, %3$s)
                select e.unit_code, %4$s, %5$s from (%6$s) e
                 where not exists (select 1 from %1$s f where f.unit_code = :unit and %7$s)
                """.formatted(
                        table,
                        String.join(", ", key),
                        String.join(", ", values),
                        prefixed("e", key),
                        prefixed("e", values),
                        expected,
                        keysMatch("e", "f"));
    }

    /**
     * Rewrites the facts whose values differ, and only those: an unchanged fact keeps its
     * updated_at and fires no trigger, so a unit that agrees raises no fact_version.
     */
    String updateDifferent() {
        String assignments =
                values.stream().map(column -> column + " = e." + column).collect(Collectors.joining(", "));
        return """
                update %1$s f set %2$s, updated_at = now()
                  from (%3$s) e
                 where f.unit_code = :unit and %4$s and %5$s is distinct from %6$s
                """.formatted(table, assignments, expected, keysMatch("e", "f"), row("f", values), row("e", values));
    }

    /** Deletes the unit's facts that no source row stands behind. */
    String deleteExtra() {
        return """
                delete from %1$s f
                 where f.unit_code = :unit and not exists (select 1 from (%2$s) e where %3$s)
                """.formatted(table, expected, keysMatch("e", "f"));
    }

    private String keysMatch(String left, String right) {
        return key.stream()
                .map(column -> left + "." + column + " = " + right + "." + column)
                .collect(Collectors.joining(" and "));
    }

    private static String row(String alias, List<String> columns) {
        return "row(" + prefixed(alias, columns) + ")";
    }

    private static String prefixed(String alias, List<String> columns) {
        return columns.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }
}
