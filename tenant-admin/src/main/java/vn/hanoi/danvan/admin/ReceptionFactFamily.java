package vn.hanoi.danvan.admin;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reception facts (tiếp công dân): one row per session in {@code platform.reception_session_fact}
 * and one per register entry in {@code platform.reception_entry_fact}. The column mapping is the
 * API's {@code receptions.ReceptionFacts}: a test in the API proves both agree.
 */
final class ReceptionFactFamily implements FactFamily {

    /** A session's row, counts included: the API keeps them on the session in the same transaction. */
    static final FactTable SESSION_FACT = new FactTable(
            "platform.reception_session_fact",
            List.of("session_id"),
            List.of("kind", "held_on", "online", "presider_office", "status", "entry_count", "people_received"),
            """
            select cast(:unit as varchar(5)) as unit_code, id as session_id, kind, held_on, online, presider_office,
                   status, entry_count, people_received
              from reception_session""");

    /**
     * An entry's row. Five or more people make a group (Law on Citizen Reception 2013, art. 29, the
     * API's {@code ReceptionRegister.GROUP_SIZE}); the petitions are those raised at the entry, in
     * the order the API lists them (by id), whether raised at the visit or after it.
     */
    static final FactTable ENTRY_FACT = new FactTable(
            "platform.reception_entry_fact",
            List.of("entry_id"),
            List.of("session_id", "received_on", "group_size", "group_entry", "matter_kinds", "petition_ids"),
            """
            select cast(:unit as varchar(5)) as unit_code, e.id as entry_id, e.session_id, e.received_on, e.group_size,
                   e.group_size >= 5 as group_entry, e.matter_kinds,
                   array(select p.id from petition p where p.reception_entry_id = e.id order by p.id) as petition_ids
              from reception_entry e""");

    @Override
    public String name() {
        return "reception";
    }

    @Override
    public List<FactTable> tables() {
        return List.of(ENTRY_FACT, SESSION_FACT);
    }

    /**
     * Registering an entry writes its petitions' facts, then the entry's, then the session's, and
     * every fact write raises the unit's {@code fact_version} row: a registration holding that row
     * would wait for the rebuild's lock on the entry facts while the rebuild, writing a repaired
     * fact, waits for that row. Locking the petition facts first keeps the API's order, and the
     * registration then waits before it holds anything the rebuild needs.
     */
    @Override
    public List<String> lockOrder() {
        return List.of(PetitionFactFamily.PETITION_FACT.table(), ENTRY_FACT.table(), SESSION_FACT.table());
    }

    /** The session trigger leaves the monthly summary to {@link #rebuildSummaries} while the rebuild writes. */
    @Override
    public void beforeWrites(JdbcClient sql) {
        sql.sql("select set_config('danvan.facts_bulk', 'on', true)").query().singleValue();
    }

    /** Months of {@code platform.reception_month} that differ from what the sessions give, either way. */
    @Override
    public int summaryDrift(JdbcClient sql, String unit) {
        return SummaryDrift.rows(sql, "reception_month", "true", unit)
                + SummaryDrift.running(sql, "reception_running", unit);
    }

    /** The monthly summary and its running totals (platform 013, 014), and the unit's fact_version raised. */
    @Override
    public void rebuildSummaries(JdbcClient sql, String unit) {
        sql.sql("select platform.rebuild_reception_summaries(:unit)")
                .param("unit", unit)
                .query()
                .listOfRows();
    }
}
