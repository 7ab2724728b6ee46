package vn.hanoi.danvan.admin;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a unit's PII-free oversight facts in {@code platform} (petitions, receptions,
 * directive assignments) and their summaries from the unit's own schema, or reports how far they
 * have drifted. The facts are normally written by the API in the same transaction as each change;
 * this is the repair for anything that bypassed it (a restore, a manual fix, a bug).
 */
public class FactRebuild {

    static final List<FactFamily> ALL =
            List.of(new PetitionFactFamily(), new ReceptionFactFamily(), new DirectiveFactFamily());

    private final JdbcClient sql;
    private final List<FactFamily> families;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshots;

    public FactRebuild(DataSource dataSource) {
        this(dataSource, ALL);
    }

    FactRebuild(DataSource dataSource, List<FactFamily> families) {
        this.sql = JdbcClient.create(dataSource);
        this.families = families;
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.writes = new TransactionTemplate(transactions);
        this.snapshots = new TransactionTemplate(transactions);
        // The unit's rows and its facts read from one snapshot: a write committing meanwhile is no drift.
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshots.setReadOnly(true);
    }

    /**
     * Makes each family's facts agree with the unit's rows and recomputes its summaries if anything
     * was off, one transaction per family, so fact writes of all units wait only for one family's
     * repair. A family that agrees is not written at all. What was repaired, family by family.
     */
    public List<FactDrift> rebuild(Unit unit) {
        return families.stream().map(family -> rebuild(unit, family)).toList();
    }

    /** How far each family of the unit's facts is from its rows, in one snapshot; changes nothing. */
    public List<FactDrift> check(Unit unit) {
        return snapshots.execute(status -> {
            inUnit(unit);
            return families.stream().map(family -> check(unit, family)).toList();
        });
    }

    /**
     * The family's tables are locked first, in the API's order ({@link FactFamily#lockOrder}), so
     * no writer can hold a row the rebuild needs (a fact, the unit's fact_version) while waiting on
     * it; fact writes of all units wait meanwhile. The summary drift is counted before the facts
     * change: it is what {@link #check} would have reported.
     */
    private FactDrift rebuild(Unit unit, FactFamily family) {
        String code = unit.code().value();
        return writes.execute(status -> {
            sql.sql("lock table " + String.join(", ", family.lockOrder()) + " in share row exclusive mode")
                    .update();
            inUnit(unit);
            int summaryRows = family.summaryDrift(sql, code);
            family.beforeWrites(sql);
            int missing = 0;
            int different = 0;
            int extra = 0;
            for (FactTable table : family.tables()) {
                missing += write(table.insertMissing(), code);
                different += write(table.updateDifferent(), code);
                extra += write(table.deleteExtra(), code);
            }
            FactDrift repaired = new FactDrift(unit.code(), family.name(), missing, different, extra, summaryRows);
            if (!repaired.none()) {
                family.rebuildSummaries(sql, code);
            }
            return repaired;
        });
    }

    private FactDrift check(Unit unit, FactFamily family) {
        String code = unit.code().value();
        int missing = 0;
        int different = 0;
        int extra = 0;
        for (FactTable table : family.tables()) {
            Map<String, Object> rows =
                    sql.sql(table.drift()).param("unit", code).query().singleRow();
            missing += ((Number) rows.get("missing")).intValue();
            different += ((Number) rows.get("different")).intValue();
            extra += ((Number) rows.get("extra")).intValue();
        }
        return new FactDrift(unit.code(), family.name(), missing, different, extra, family.summaryDrift(sql, code));
    }

    private int write(String statement, String unit) {
        return sql.sql(statement).param("unit", unit).update();
    }

    private void inUnit(Unit unit) {
        sql.sql("select set_config('search_path', :path, true)")
                .param("path", unit.schema().searchPath())
                .query()
                .singleValue();
    }
}
