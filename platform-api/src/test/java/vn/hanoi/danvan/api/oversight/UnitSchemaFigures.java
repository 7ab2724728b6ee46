package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.PetitionFactRebuild;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitRegistry;

/**
 * The oversight figures computed the naive way, straight from the units' own schemas (a UNION ALL
 * over them), to hold the API's figures against; and petitions written straight into unit
 * schemas, with their facts rebuilt, to give the figures something to count.
 */
final class UnitSchemaFigures {

    static final String OPEN = "('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED')";

    private final JdbcClient sql;
    private final DataSource dataSource;

    UnitSchemaFigures(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = JdbcClient.create(dataSource);
    }

    /**
     * {@code count} petitions in the unit, received over the 500 days before {@code today}, of every
     * kind, channel and state, some resolved (on time or late, rated or not), some transferred,
     * some in groups; then the unit's facts are rebuilt from them.
     */
    void seed(String unit, int count, int salt, LocalDate today) {
        sql.sql("""
                        insert into unit_%s.petition (tracking_code, citizen_secret_hash, kind, channel, state, subject,
                            matter, search_text, matter_simhash, received_on, received_at, group_petition, accepted_on,
                            due_on, resolved_on, rating, transferred_from_unit, transferred_to_unit)
                        select 'OV-%s-' || g, 'x',
                               (array['COMPLAINT','DENUNCIATION','RECOMMENDATION','REFLECTION'])[1 + (g * :salt) %% 4],
                               (array['IN_PERSON','POST','ONLINE','ONLINE','TRANSFERRED','STAFF_ENTRY'])[1 + (g + :salt) %% 6],
                               st.state, 'Việc', 'Nội dung', 'viec', g, r.day, r.day::timestamptz,
                               (g + :salt) %% 9 = 0, r.day + 3, r.day + 5 + (g * 7) %% 50,
                               case when st.state in ('RESOLVED', 'CLOSED', 'APPEALED')
                                    then least(r.day + (g * 11 + :salt) %% 70, cast(:today as date)) end,
                               case when st.state in ('RESOLVED', 'CLOSED') and g %% 3 <> 0 then 1 + (g + :salt) %% 5 end,
                               case when g %% 13 = 0 then '00004' end,
                               case when st.state = 'TRANSFERRED' then '00070' end
                          from generate_series(1, :count) g
                          cross join lateral (select cast(:today as date) - ((g * 37 + :salt * 5) %% 500) as day) r
                          cross join lateral (select (array['RECEIVED','CLASSIFIED','ACCEPTED','VERIFYING','SUSPENDED',
                                'APPEALED','RESOLVED','RESOLVED','CLOSED','CLOSED','TRANSFERRED','REJECTED',
                                'GUIDED','WITHDRAWN'])[1 + (g * 5 + :salt) %% 14] as state) st
                        """.formatted(unit, unit))
                .param("salt", salt)
                .param("count", count)
                .param("today", today)
                .update();
        new PetitionFactRebuild(dataSource).rebuild(new UnitRegistry(dataSource).get(UnitCode.of(unit)));
    }

    /** Every unit that is not archived, by code: what "all units" means. */
    List<String> allUnits() {
        return sql.sql("select code from platform.unit where status <> 'ARCHIVED' order by code")
                .query(String.class)
                .list();
    }

    List<String> unitsOfKind(String kind) {
        return sql.sql("select code from platform.unit where status <> 'ARCHIVED' and kind = :kind order by code")
                .param("kind", kind)
                .query(String.class)
                .list();
    }

    /** Per unit code: the scorecard's figures, computed from the unit schemas. */
    Map<String, Map<String, Object>> scorecards(List<String> units, LocalDate from, LocalDate to, LocalDate today) {
        String period = "received_on between :from and :to";
        String resolved = "resolved_on between :from and :to";
        List<Map<String, Object>> rows = sql.sql("select unit_code, count(*) filter (where " + period
                        + ") as received, count(*) filter (where " + period + " and kind = 'COMPLAINT') as complaints,"
                        + " count(*) filter (where " + period + " and kind = 'DENUNCIATION') as denunciations,"
                        + " count(*) filter (where " + period + " and kind = 'RECOMMENDATION') as recommendations,"
                        + " count(*) filter (where " + period + " and kind = 'REFLECTION') as reflections,"
                        + " count(*) filter (where " + period + " and channel = 'IN_PERSON') as in_person,"
                        + " count(*) filter (where " + period + " and channel = 'POST') as post,"
                        + " count(*) filter (where " + period + " and channel = 'ONLINE') as online,"
                        + " count(*) filter (where " + period + " and channel = 'TRANSFERRED') as transferred,"
                        + " count(*) filter (where " + period + " and channel = 'STAFF_ENTRY') as staff_entry,"
                        + " count(*) filter (where " + period + " and group_petition) as group_petitions,"
                        + " count(*) filter (where " + period
                        + " and transferred_from_unit is not null) as transfers_in,"
                        + " count(*) filter (where " + period
                        + " and transferred_to_unit is not null) as transfers_out,"
                        + " count(*) filter (where state in " + OPEN + ") as open_backlog,"
                        + " count(*) filter (where state in " + OPEN + " and :today - received_on <= 10) as age10,"
                        + " count(*) filter (where state in " + OPEN
                        + " and :today - received_on between 11 and 30) as age30,"
                        + " count(*) filter (where state in " + OPEN
                        + " and :today - received_on between 31 and 60) as age60,"
                        + " count(*) filter (where state in " + OPEN
                        + " and :today - received_on between 61 and 90) as age90,"
                        + " count(*) filter (where state in " + OPEN + " and :today - received_on > 90) as age_over,"
                        + " count(*) filter (where state in " + OPEN
                        + " and state <> 'SUSPENDED' and due_on < :today) as overdue,"
                        + " count(*) filter (where " + resolved + ") as resolved,"
                        + " count(*) filter (where " + resolved
                        + " and (due_on is null or resolved_on <= due_on)) as on_time,"
                        + " percentile_cont(0.5) within group (order by resolved_on - received_on) filter (where "
                        + resolved + ") as median,"
                        + " coalesce(sum(rating) filter (where " + resolved + "), 0) as satisfaction_sum,"
                        + " count(rating) filter (where " + resolved + ") as satisfaction_count"
                        + " from (" + union(units) + ") p group by unit_code")
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query()
                .listOfRows();
        return rows.stream().collect(Collectors.toMap(row -> (String) row.get("unit_code"), row -> row));
    }

    /** Petitions received in the period grouped by the given columns of the union, with counts. */
    List<Map<String, Object>> statistics(List<String> units, LocalDate from, LocalDate to, String columns) {
        return sql.sql("select " + columns + ", count(*) as petitions from (" + union(units)
                        + ") p where received_on between :from and :to group by " + columns + " order by " + columns)
                .param("from", from)
                .param("to", to)
                .query()
                .listOfRows();
    }

    /** Per month of the period: received, resolved, on time, median days, rating sum and count. */
    Map<LocalDate, Map<String, Object>> trend(List<String> units, LocalDate from, LocalDate to) {
        List<Map<String, Object>> rows = sql.sql("""
                        select m.month,
                               (select count(*) from (%1$s) p where date_trunc('month', received_on)::date = m.month) as received,
                               (select count(*) from (%1$s) p where date_trunc('month', received_on)::date = m.month
                                   and channel = 'ONLINE') as online,
                               (select count(*) from (%1$s) p where date_trunc('month', resolved_on)::date = m.month) as resolved,
                               (select count(*) from (%1$s) p where date_trunc('month', resolved_on)::date = m.month
                                   and (due_on is null or resolved_on <= due_on)) as on_time,
                               (select percentile_cont(0.5) within group (order by resolved_on - received_on)
                                  from (%1$s) p where date_trunc('month', resolved_on)::date = m.month) as median,
                               (select count(rating) from (%1$s) p
                                 where date_trunc('month', resolved_on)::date = m.month) as satisfaction_count
                          from (select generate_series(cast(:from as date), cast(:to as date), interval '1 month')::date
                                       as month) m
                         order by m.month
                        """.formatted(union(units)))
                .param("from", from)
                .param("to", to)
                .query()
                .listOfRows();
        return rows.stream()
                .collect(Collectors.toMap(row -> ((java.sql.Date) row.get("month")).toLocalDate(), row -> row));
    }

    /** Open, not suspended, due before the day: (unit, id) pairs in due order. */
    List<String> overdue(List<String> units, LocalDate before) {
        return sql.sql("select unit_code || ':' || id from (" + union(units) + ") p where state in " + OPEN
                        + " and state <> 'SUSPENDED' and due_on < :before order by due_on, unit_code, id")
                .param("before", before)
                .query(String.class)
                .list();
    }

    private static String union(List<String> units) {
        return units.stream().map(code -> """
                        select '%s' as unit_code, id, kind, channel, state, received_on, resolved_on, due_on, rating,
                               group_petition, transferred_from_unit, transferred_to_unit from unit_%s.petition""".formatted(code, code)).collect(Collectors.joining(" union all "));
    }
}
