package vn.hanoi.danvan.api.receptions;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The PII-free oversight facts of sessions and register entries in {@code platform}, upserted in
 * the same transaction as every change to them, so the city's compliance and counts never
 * disagree with the unit's own. Nothing personal goes in: no names (not even the presider's),
 * places, addresses or text. A session's counts are its register's, kept on the session row.
 */
@Component
class ReceptionFacts {

    void session(UnitScope unit, long sessionId) {
        unit.sql()
                .sql("""
                        insert into platform.reception_session_fact (unit_code, session_id, kind, held_on, online,
                            presider_office, status, entry_count, people_received, updated_at)
                        select :unit, s.id, s.kind, s.held_on, s.online, s.presider_office, s.status,
                               s.entry_count, s.people_received, now()
                          from reception_session s where s.id = :id
                        on conflict (unit_code, session_id) do update set
                            kind = excluded.kind, held_on = excluded.held_on, online = excluded.online,
                            presider_office = excluded.presider_office, status = excluded.status,
                            entry_count = excluded.entry_count, people_received = excluded.people_received,
                            updated_at = now()
                        """)
                .param("unit", unit.unit().value())
                .param("id", sessionId)
                .update();
    }

    void entry(UnitScope unit, ReceptionEntry entry, List<Long> petitionIds) {
        unit.sql()
                .sql("""
                        insert into platform.reception_entry_fact (unit_code, entry_id, session_id, received_on,
                            group_size, group_entry, matter_kinds, petition_ids, updated_at)
                        values (:unit, :id, :session, :receivedOn, :groupSize, :group, :kinds, :petitions, now())
                        on conflict (unit_code, entry_id) do update set
                            session_id = excluded.session_id, received_on = excluded.received_on,
                            group_size = excluded.group_size, group_entry = excluded.group_entry,
                            matter_kinds = excluded.matter_kinds, petition_ids = excluded.petition_ids,
                            updated_at = now()
                        """)
                .param("unit", unit.unit().value())
                .param("id", entry.id())
                .param("session", entry.sessionId())
                .param("receivedOn", entry.receivedOn())
                .param("groupSize", entry.groupSize())
                .param("group", entry.groupEntry())
                .param("kinds", entry.matterKinds().stream().map(Enum::name).toArray(String[]::new))
                .param("petitions", petitionIds.toArray(Long[]::new))
                .update();
    }
}
