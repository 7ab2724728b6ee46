package vn.hanoi.danvan.admin;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One family of PII-free oversight facts in {@code platform}, written by the API in the same
 * transaction as the unit's own change: its tables, what each should hold for a unit, and the
 * summaries kept from them. {@link FactRebuild} compares and repairs a family through this.
 */
interface FactFamily {

    /** How the CLI names the family: {@code petition}, {@code reception}, {@code directive}. */
    String name();

    /** The family's fact tables and the unit-schema queries they should agree with. */
    List<FactTable> tables();

    /**
     * The tables the rebuild locks before it writes, in the order the API's writers take them: a
     * writer holding one of them can then never be waiting for the rebuild while it waits for them.
     */
    default List<String> lockOrder() {
        return tables().stream().map(FactTable::table).toList();
    }

    /** Runs in the rebuild's transaction after the locks, before the first fact is written. */
    default void beforeWrites(JdbcClient sql) {}

    /** Summary rows that differ from what the unit's facts add up to; none without summaries. */
    default int summaryDrift(JdbcClient sql, String unit) {
        return 0;
    }

    /** Recomputes the unit's summaries from its facts, after a rebuild changed any or found them off. */
    default void rebuildSummaries(JdbcClient sql, String unit) {}
}
