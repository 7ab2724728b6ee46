package vn.hanoi.danvan.admin;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a unit's PII-free petition facts ({@code platform.petition_fact}) and their
 * summaries from the unit's own schema, or reports how far they have drifted. The facts are
 * normally written by the API in the same transaction as each petition change; this is the
 * repair for anything that bypassed it (a restore, a manual fix, a bug).
 *
 * <p>The column mapping is the API's {@code PetitionFacts}: a test proves both agree.
 */
public class PetitionFactRebuild {

    private static final String FACT_COLUMNS = """
            unit_code, petition_id, kind, channel, state, round, group_petition, received_on, accepted_on, due_on,
            resolved_on, closed_on, transferred_from_unit, transferred_to_unit, satisfaction""";

    /** The facts as the unit's petitions say they should be (search_path: the unit's schema). */
    private static final String EXPECTED = """
            select cast(:unit as varchar(5)) as unit_code, id as petition_id, kind, channel, state, round,
                   group_petition, received_on, accepted_on, due_on, resolved_on, closed_on, transferred_from_unit,
                   transferred_to_unit, rating as satisfaction
              from petition""";

    private static final String ACTUAL =
            "select " + FACT_COLUMNS + " from platform.petition_fact where unit_code = :unit";

    private final JdbcClient sql;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshots;

    public PetitionFactRebuild(DataSource dataSource) {
        this.sql = JdbcClient.create(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.writes = new TransactionTemplate(transactions);
        this.snapshots = new TransactionTemplate(transactions);
        // Petitions and facts read from one snapshot: a write committing meanwhile is no drift.
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshots.setReadOnly(true);
    }

    /**
     * Rewrites the unit's facts that differ, deletes those without a petition, and recomputes the
     * unit's summaries, in one transaction. Fact writes of all units wait meanwhile (a table lock
     * taken first, so no writer can hold a fact row the rebuild needs while waiting on it).
     */
    public FactDrift rebuild(Unit unit) {
        return writes.execute(status -> {
            sql.sql("lock table platform.petition_fact in share row exclusive mode")
                    .update();
            // The trigger leaves the summaries to rebuild_petition_summaries below.
            sql.sql("select set_config('danvan.facts_bulk', 'on', true)")
                    .query()
                    .singleValue();
            inUnit(unit);
            int written = sql.sql("insert into platform.petition_fact (" + FACT_COLUMNS + ") " + EXPECTED + """
                             on conflict (unit_code, petition_id) do update set
                                kind = excluded.kind, channel = excluded.channel, state = excluded.state,
                                round = excluded.round, group_petition = excluded.group_petition,
                                received_on = excluded.received_on, accepted_on = excluded.accepted_on,
                                due_on = excluded.due_on, resolved_on = excluded.resolved_on,
                                closed_on = excluded.closed_on, transferred_from_unit = excluded.transferred_from_unit,
                                transferred_to_unit = excluded.transferred_to_unit,
                                satisfaction = excluded.satisfaction, updated_at = now()
                             where (petition_fact.kind, petition_fact.channel, petition_fact.state,
                                    petition_fact.round, petition_fact.group_petition, petition_fact.received_on,
                                    petition_fact.accepted_on, petition_fact.due_on, petition_fact.resolved_on,
                                    petition_fact.closed_on, petition_fact.transferred_from_unit,
                                    petition_fact.transferred_to_unit, petition_fact.satisfaction)
                                   is distinct from
                                   (excluded.kind, excluded.channel, excluded.state, excluded.round,
                                    excluded.group_petition, excluded.received_on, excluded.accepted_on,
                                    excluded.due_on, excluded.resolved_on, excluded.closed_on,
                                    excluded.transferred_from_unit, excluded.transferred_to_unit,
                                    excluded.satisfaction)
                            """)
                    .param("unit", unit.code().value())
                    .update();
            int deleted = sql.sql("""
                            delete from platform.petition_fact f
                             where f.unit_code = :unit and not exists (select 1 from petition p where p.id = f.petition_id)
                            """).param("unit", unit.code().value()).update();
            sql.sql("select platform.rebuild_petition_summaries(:unit)")
                    .param("unit", unit.code().value())
                    .query()
                    .listOfRows();
            return new FactDrift(unit.code(), written, deleted, 0);
        });
    }

    /** How far the unit's facts and summaries are from what they should be; changes nothing. */
    public FactDrift check(Unit unit) {
        return snapshots.execute(status -> {
            inUnit(unit);
            String code = unit.code().value();
            int missing = count("(" + EXPECTED + " except " + ACTUAL + ")", code);
            int extra = count("(" + ACTUAL + " and petition_id not in (select id from petition))", code);
            int summaries = count(summaryDrift("petition_month", "received <> 0 or resolved <> 0"), code)
                    + count(summaryDrift("petition_resolve_days", "petitions <> 0"), code)
                    + count(summaryDrift("petition_stat", "petitions <> 0"), code)
                    + sql.sql("select platform.petition_tally_drift(:unit)")
                            .param("unit", code)
                            .query(Integer.class)
                            .single();
            return new FactDrift(unit.code(), missing, extra, summaries);
        });
    }

    /** Rows of a summary that differ from the facts, either way; rows counting nothing are no rows. */
    private static String summaryDrift(String table, String counting) {
        String stored = "select * from platform." + table + " where unit_code = :unit and (" + counting + ")";
        String computed = "select * from platform." + table + "_from_facts where unit_code = :unit";
        return "((" + stored + " except " + computed + ") union all (" + computed + " except " + stored + "))";
    }

    private int count(String rows, String unit) {
        return sql.sql("select count(*) from " + rows + " drift")
                .param("unit", unit)
                .query(Integer.class)
                .single();
    }

    private void inUnit(Unit unit) {
        sql.sql("select set_config('search_path', :path, true)")
                .param("path", unit.schema().searchPath())
                .query()
                .singleValue();
    }
}
