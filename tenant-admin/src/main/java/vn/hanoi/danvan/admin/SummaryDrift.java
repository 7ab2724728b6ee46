package vn.hanoi.danvan.admin;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows of a summary table differ, either way, from what its unit's facts add up to: the
 * stored {@code platform.<table>} against the view {@code platform.<table>_from_facts}.
 */
final class SummaryDrift {

    private SummaryDrift() {}

    /** {@code counting}: the stored rows that count anything; a row back to zeros reads as no row. */
    static int rows(JdbcClient sql, String table, String counting, String unit) {
        String stored = "select * from platform." + table + " where unit_code = :unit and (" + counting + ")";
        String computed = "select * from platform." + table + "_from_facts where unit_code = :unit";
        return sql.sql("select count(*) from ((" + stored + " except " + computed + ") union all (" + computed
                        + " except " + stored + ")) drift")
                .param("unit", unit)
                .query(Integer.class)
                .single();
    }

    /**
     * The months at which a running-total table ({@code platform.<table>}, a unit's sums up to and
     * including each month: platform 014) reads otherwise than {@code platform.<table>_from_facts}.
     * Both are read as the scorecards read them, the latest row at or before the month, at every
     * month either has a row for; no row reads as zeros.
     */
    static int running(JdbcClient sql, String table, String unit) {
        return sql.sql("""
                        with stored as materialized (
                            select month, platform.nonzero(to_jsonb(t) - 'unit_code' - 'month') as totals
                              from platform.%1$s t where unit_code = :unit
                        ), computed as materialized (
                            select month, platform.nonzero(to_jsonb(t) - 'unit_code' - 'month') as totals
                              from platform.%1$s_from_facts t where unit_code = :unit
                        )
                        select count(*)::integer
                          from (select month from stored union select month from computed) m
                         where coalesce((select s.totals from stored s where s.month <= m.month
                                          order by s.month desc limit 1), '{}')
                               is distinct from
                               coalesce((select c.totals from computed c where c.month <= m.month
                                          order by c.month desc limit 1), '{}')
                        """.formatted(table))
                .param("unit", unit)
                .query(Integer.class)
                .single();
    }
}
