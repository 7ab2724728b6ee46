package vn.hanoi.danvan.admin;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Petition facts ({@code platform.petition_fact}, one row per petition) and the monthly,
 * resolution-days and statistics summaries, backlog rows, resolution arrays and running totals
 * (platform 008, 012, 014) triggers keep from them. The column mapping is the
 * API's {@code PetitionFacts}: a test in the API proves both agree.
 */
final class PetitionFactFamily implements FactFamily {

    static final FactTable PETITION_FACT = new FactTable(
            "platform.petition_fact",
            List.of("petition_id"),
            List.of(
                    "kind",
                    "channel",
                    "state",
                    "round",
                    "group_petition",
                    "received_on",
                    "accepted_on",
                    "due_on",
                    "resolved_on",
                    "closed_on",
                    "transferred_from_unit",
                    "transferred_to_unit",
                    "satisfaction"),
            """
            select cast(:unit as varchar(5)) as unit_code, id as petition_id, kind, channel, state, round,
                   group_petition, received_on, accepted_on, due_on, resolved_on, closed_on, transferred_from_unit,
                   transferred_to_unit, rating as satisfaction
              from petition""");

    @Override
    public String name() {
        return "petition";
    }

    @Override
    public List<FactTable> tables() {
        return List.of(PETITION_FACT);
    }

    /** The trigger leaves the summaries to {@link #rebuildSummaries} while the rebuild writes. */
    @Override
    public void beforeWrites(JdbcClient sql) {
        sql.sql("select set_config('danvan.facts_bulk', 'on', true)").query().singleValue();
    }

    @Override
    public int summaryDrift(JdbcClient sql, String unit) {
        return SummaryDrift.rows(sql, "petition_month", "received <> 0 or resolved <> 0", unit)
                + SummaryDrift.rows(sql, "petition_resolve_days", "petitions <> 0", unit)
                + SummaryDrift.rows(sql, "petition_stat", "petitions <> 0", unit)
                + SummaryDrift.running(sql, "petition_running", unit)
                + sql.sql("select platform.petition_tally_drift(:unit)")
                        .param("unit", unit)
                        .query(Integer.class)
                        .single();
    }

    /** Also raises the unit's fact_version, which the trigger did not while danvan.facts_bulk was on. */
    @Override
    public void rebuildSummaries(JdbcClient sql, String unit) {
        sql.sql("select platform.rebuild_petition_summaries(:unit)")
                .param("unit", unit)
                .query()
                .listOfRows();
    }
}
