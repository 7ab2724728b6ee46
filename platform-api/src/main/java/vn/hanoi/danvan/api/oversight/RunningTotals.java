package vn.hanoi.danvan.api.oversight;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reading a period from a table of running totals (platform 012, 014): a unit's row of a month
 * holds its counts up to and including that month, so the period's counts are the row of its last
 * month less the row before its first month, the latest row at or before each. The two rows are
 * joined to each unit of {@code scope s} directly, by index: the rows of all units in one
 * statement, never a query per unit, and no intermediate result to sort and merge.
 */
final class RunningTotals {

    private RunningTotals() {}

    /**
     * The two rows of each unit from {@code platform.<table>}, as {@code <alias>_to} (up to the
     * period's last month) and {@code <alias>_before} (before its first month); either may be
     * missing.
     */
    static String joins(String table, String alias) {
        return """
                left join lateral (select * from platform.%1$s r where r.unit_code = s.code and r.month <= :to
                                    order by r.month desc limit 1) %2$s_to on true
                left join lateral (select * from platform.%1$s r where r.unit_code = s.code and r.month < :from
                                    order by r.month desc limit 1) %2$s_before on true
                """.formatted(table, alias);
    }

    /** Select-list items: each column's count over the period, under its own name. */
    static String columns(String alias, String... columns) {
        return Arrays.stream(columns)
                .map(column -> "%2$s_to.%1$s - coalesce(%2$s_before.%1$s, 0) as %1$s".formatted(column, alias))
                .collect(Collectors.joining(", "));
    }
}
