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
}
