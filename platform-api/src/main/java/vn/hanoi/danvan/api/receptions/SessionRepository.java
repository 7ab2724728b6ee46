package vn.hanoi.danvan.api.receptions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** The SQL of a unit's reception sessions and their notices of conclusions. */
@Repository
class SessionRepository {

    private static final String SELECT = """
            select id, kind, held_on, starts_at, ends_at, place, online, presider_office, presider_name,
                   note_taker_name, status, cancel_reason, version, entry_count, people_received
              from reception_session
            """;

    record NewSession(
            SessionKind kind,
            LocalDate heldOn,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            boolean online,
            PresiderOffice presiderOffice,
            String presiderName,
            String noteTakerName,
            String createdBy) {}

    long insert(UnitScope unit, NewSession session) {
        return unit.sql()
                .sql("""
                        insert into reception_session (kind, held_on, starts_at, ends_at, place, online,
                            presider_office, presider_name, note_taker_name, status, created_by)
                        values (:kind, :heldOn, :startsAt, :endsAt, :place, :online, :office, :presider,
                            :noteTaker, 'PLANNED', :createdBy)
                        returning id
                        """)
                .param("kind", session.kind().name())
                .param("heldOn", session.heldOn())
                .param("startsAt", session.startsAt())
                .param("endsAt", session.endsAt())
                .param("place", session.place())
                .param("online", session.online())
                .param("office", session.presiderOffice().name())
                .param("presider", session.presiderName())
                .param("noteTaker", session.noteTakerName())
                .param("createdBy", session.createdBy())
                .query(Long.class)
                .single();
    }

    Optional<ReceptionSession> find(UnitScope unit, long id) {
        return unit.sql()
                .sql(SELECT + " where id = :id")
                .param("id", id)
                .query((rs, row) -> session(unit.unit(), rs))
                .optional();
    }

    /** The sessions of [from, to), by day and time: a month's calendar. */
    List<ReceptionSession> between(UnitScope unit, LocalDate from, LocalDate to) {
        return unit.sql()
                .sql(SELECT + " where held_on >= :from and held_on < :to order by held_on, starts_at, id")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> session(unit.unit(), rs))
                .list();
    }

    List<ReceptionSession> byIds(UnitScope unit, Collection<Long> ids) {
        return unit.sql()
                .sql(SELECT + " where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> session(unit.unit(), rs))
                .list();
    }

    /**
     * Locks the session while an entry goes into its register: its status cannot change meanwhile,
     * and registrations at one session take turns updating its counts.
     */
    Optional<SessionStatus> lockStatus(UnitScope unit, long id) {
        return unit.sql()
                .sql("select status from reception_session where id = :id for no key update")
                .param("id", id)
                .query((rs, row) -> SessionStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** Moves a session on if nobody changed it since {@code version}; false if somebody did. */
    boolean changeStatus(
            UnitScope unit,
            long id,
            int version,
            SessionStatus status,
            String reason,
            String noteTaker,
            LocalTime endsAt) {
        return unit.sql()
                        .sql("""
                                update reception_session set status = :status, cancel_reason = :reason,
                                    note_taker_name = coalesce(:noteTaker, note_taker_name),
                                    ends_at = coalesce(:endsAt, ends_at),
                                    version = version + 1, updated_at = now()
                                 where id = :id and version = :version
                                """)
                        .param("status", status.name())
                        .param("reason", reason)
                        .param("noteTaker", noteTaker)
                        .param("endsAt", endsAt)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Counts an entry of {@code people} people in the session's register. */
    void countEntry(UnitScope unit, long id, int people) {
        unit.sql().sql("""
                        update reception_session set entry_count = entry_count + 1,
                            people_received = people_received + :people
                         where id = :id
                        """).param("people", people).param("id", id).update();
    }

    long insertNotice(UnitScope unit, ConclusionNotice notice, String issuedBy) {
        return unit.sql()
                .sql("""
                        insert into reception_conclusion_notice (session_id, text, addressees, issued_on, entry_ids, issued_by)
                        values (:session, :text, :addressees, :issuedOn, :entries, :issuedBy)
                        returning id
                        """)
                .param("session", notice.sessionId())
                .param("text", notice.text())
                .param("addressees", notice.addressees().toArray(String[]::new))
                .param("issuedOn", notice.issuedOn())
                .param("entries", notice.entryIds().toArray(Long[]::new))
                .param("issuedBy", issuedBy)
                .query(Long.class)
                .single();
    }

    List<ConclusionNotice> notices(UnitScope unit, Collection<Long> sessionIds) {
        return unit.sql()
                .sql("""
                        select id, session_id, text, addressees, issued_on, entry_ids
                          from reception_conclusion_notice where session_id = any(:ids) order by issued_on, id
                        """)
                .param("ids", sessionIds.toArray(Long[]::new))
                .query((rs, row) -> new ConclusionNotice(
                        unit.unit(),
                        rs.getLong("id"),
                        rs.getLong("session_id"),
                        rs.getString("text"),
                        List.of((String[]) rs.getArray("addressees").getArray()),
                        rs.getObject("issued_on", LocalDate.class),
                        longs(rs.getArray("entry_ids"))))
                .list();
    }

    static ReceptionSession session(UnitCode unit, ResultSet rs) throws SQLException {
        return new ReceptionSession(
                unit,
                rs.getLong("id"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("place"),
                rs.getBoolean("online"),
                PresiderOffice.valueOf(rs.getString("presider_office")),
                rs.getString("presider_name"),
                rs.getString("note_taker_name"),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getInt("version"),
                rs.getInt("entry_count"),
                rs.getInt("people_received"));
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
