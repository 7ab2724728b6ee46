package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;
import vn.hanoi.danvan.api.petitions.deadlines.Suspension;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * What accumulates around a petition: its timeline, its links to other petitions, its
 * suspensions, and the record of every read of a denouncer's identity. Every method runs inside
 * the unit's door.
 */
@Repository
class PetitionTrail {

    private final ApplicationEventPublisher events;

    PetitionTrail(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Adds the event and announces it (subscriptions hear of it once the transaction commits). */
    void addEvent(UnitScope unit, long petitionId, NewEvent event) {
        Instant at = unit.sql()
                .sql("""
                        insert into petition_event (petition_id, actor_subject, actor_name, action, from_state,
                            to_state, reason)
                        values (:petition, :subject, :name, :action, :from, :to, :reason)
                        returning at
                        """)
                .param("petition", petitionId)
                .param("subject", event.actorSubject())
                .param("name", event.actorName())
                .param("action", event.action())
                .param("from", event.from() == null ? null : event.from().name())
                .param("to", event.to().name())
                .param("reason", event.reason())
                .query((rs, row) -> rs.getTimestamp("at").toInstant())
                .single();
        events.publishEvent(new PetitionEventRecorded(
                unit.unit(),
                petitionId,
                event.action(),
                event.from() == null ? null : event.from().name(),
                event.to().name(),
                at));
    }

    List<PetitionEvent> events(UnitScope unit, long petitionId) {
        return unit.sql()
                .sql("""
                        select id, at, actor_subject, actor_name, action, from_state, to_state, reason
                          from petition_event where petition_id = :petition order by id
                        """)
                .param("petition", petitionId)
                .query((rs, row) -> new PetitionEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_subject"),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("from_state") == null ? null : PetitionState.valueOf(rs.getString("from_state")),
                        PetitionState.valueOf(rs.getString("to_state")),
                        rs.getString("reason")))
                .list();
    }

    void addLink(UnitScope unit, long petitionId, String kind, String targetUnit, long targetId) {
        unit.sql()
                .sql("""
                        insert into petition_link (petition_id, kind, target_unit, target_id)
                        values (:petition, :kind, :unit, :target) on conflict do nothing
                        """)
                .param("petition", petitionId)
                .param("kind", kind)
                .param("unit", targetUnit)
                .param("target", targetId)
                .update();
    }

    List<PetitionLink> links(UnitScope unit, long petitionId) {
        return unit.sql()
                .sql("""
                        select kind, target_unit, target_id from petition_link
                         where petition_id = :petition order by created_at, kind
                        """)
                .param("petition", petitionId)
                .query((rs, row) ->
                        new PetitionLink(rs.getString("kind"), rs.getString("target_unit"), rs.getLong("target_id")))
                .list();
    }

    void suspend(UnitScope unit, long petitionId, LocalDate on) {
        unit.sql()
                .sql("insert into petition_suspension (petition_id, suspended_on) values (:petition, :on)")
                .param("petition", petitionId)
                .param("on", on)
                .update();
    }

    void resume(UnitScope unit, long petitionId, LocalDate on) {
        unit.sql().sql("""
                        update petition_suspension set resumed_on = :on
                         where petition_id = :petition and resumed_on is null
                        """).param("petition", petitionId).param("on", on).update();
    }

    List<Suspension> suspensions(UnitScope unit, long petitionId) {
        return unit.sql()
                .sql("""
                        select suspended_on, resumed_on from petition_suspension
                         where petition_id = :petition order by suspended_on
                        """)
                .param("petition", petitionId)
                .query((rs, row) ->
                        new Suspension(PetitionRows.date(rs, "suspended_on"), PetitionRows.date(rs, "resumed_on")))
                .list();
    }

    /** One row per petition whose denouncer the actor saw, in one statement whatever the page size. */
    void recordConfidentialReads(UnitScope unit, List<Long> petitionIds, String actor, String roles, String what) {
        unit.sql()
                .sql("""
                        insert into confidential_read (actor_subject, actor_roles, petition_id, what)
                        select :actor, :roles, petition, :what from unnest(:petitions) as petition
                        """)
                .params(Map.of(
                        "actor", actor, "roles", roles, "petitions", petitionIds.toArray(Long[]::new), "what", what))
                .update();
    }
}
