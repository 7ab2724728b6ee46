package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.receptions.ReceptionReport.KindCount;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * A period's figures, read from the PII-free oversight facts of the unit: the same rows the city
 * reads, so the unit's report and the city's view of it cannot disagree.
 */
@Repository
class ReceptionReportRepository {

    ReceptionReport report(
            UnitScope unit, ReportPeriod period, int year, Integer number, LocalDate from, LocalDate to) {
        return unit.sql()
                .sql("""
                        with s as (
                            select count(*) filter (where status = 'HELD') as held,
                                   count(*) filter (where status = 'HELD'
                                                      and presider_office in ('CHAIRMAN', 'PARTY_SECRETARY')) as leader_held,
                                   count(*) filter (where status = 'CANCELLED') as cancelled
                              from platform.reception_session_fact
                             where unit_code = :unit and held_on between :from and :to),
                        e as (
                            select count(*) as entries, coalesce(sum(group_size), 0) as people,
                                   count(*) filter (where group_entry) as groups
                              from platform.reception_entry_fact
                             where unit_code = :unit and received_on between :from and :to),
                        p as (
                            select count(*) as created, count(*) filter (where pf.resolved_on is not null) as resolved
                              from platform.reception_entry_fact ef
                              cross join lateral unnest(ef.petition_ids) as raised(petition_id)
                              join platform.petition_fact pf
                                on pf.unit_code = ef.unit_code and pf.petition_id = raised.petition_id
                             where ef.unit_code = :unit and ef.received_on between :from and :to)
                        select s.held, s.leader_held, s.cancelled, e.entries, e.people, e.groups, p.created, p.resolved
                          from s, e, p
                        """)
                .param("unit", unit.unit().value())
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new ReceptionReport(
                        period,
                        year,
                        number,
                        from,
                        to,
                        rs.getInt("held"),
                        rs.getInt("leader_held"),
                        rs.getInt("cancelled"),
                        rs.getInt("entries"),
                        rs.getInt("people"),
                        rs.getInt("groups"),
                        mattersByKind(unit, from, to),
                        rs.getInt("created"),
                        rs.getInt("resolved")))
                .single();
    }

    private List<KindCount> mattersByKind(UnitScope unit, LocalDate from, LocalDate to) {
        return unit.sql()
                .sql("""
                        select raised.kind, count(*) as n
                          from platform.reception_entry_fact ef
                          cross join lateral unnest(ef.matter_kinds) as raised(kind)
                         where ef.unit_code = :unit and ef.received_on between :from and :to
                         group by raised.kind order by raised.kind
                        """)
                .param("unit", unit.unit().value())
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new KindCount(PetitionKind.valueOf(rs.getString("kind")), rs.getInt("n")))
                .list();
    }
}
