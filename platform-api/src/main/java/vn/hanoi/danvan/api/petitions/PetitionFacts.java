package vn.hanoi.danvan.api.petitions;

import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The petition's PII-free oversight fact in {@code platform.petition_fact}, upserted in the same
 * transaction as every change to the petition, so the city's figures never disagree with the
 * unit's own. Nothing personal goes in: no names, addresses, ID numbers or matter text.
 */
@Component
class PetitionFacts {

    void upsert(UnitScope unit, Petition petition) {
        unit.sql()
                .sql("""
                        insert into platform.petition_fact (unit_code, petition_id, kind, channel, state, round,
                            group_petition, received_on, accepted_on, due_on, resolved_on, closed_on,
                            transferred_from_unit, transferred_to_unit, satisfaction, updated_at)
                        values (:unit, :id, :kind, :channel, :state, :round, :group, :receivedOn, :acceptedOn,
                            :dueOn, :resolvedOn, :closedOn, :fromUnit, :toUnit, :satisfaction, now())
                        on conflict (unit_code, petition_id) do update set
                            kind = excluded.kind, channel = excluded.channel, state = excluded.state,
                            round = excluded.round, group_petition = excluded.group_petition,
                            received_on = excluded.received_on, accepted_on = excluded.accepted_on,
                            due_on = excluded.due_on, resolved_on = excluded.resolved_on,
                            closed_on = excluded.closed_on, transferred_from_unit = excluded.transferred_from_unit,
                            transferred_to_unit = excluded.transferred_to_unit, satisfaction = excluded.satisfaction,
                            updated_at = now()
                        """)
                .param("unit", unit.unit().value())
                .param("id", petition.id())
                .param("kind", petition.kind().name())
                .param("channel", petition.channel().name())
                .param("state", petition.state().name())
                .param("round", petition.round())
                .param("group", petition.groupPetition())
                .param("receivedOn", petition.receivedOn())
                .param("acceptedOn", petition.acceptedOn())
                .param("dueOn", petition.dueOn())
                .param("resolvedOn", petition.resolvedOn())
                .param("closedOn", petition.closedOn())
                .param("fromUnit", petition.transferredFromUnit())
                .param("toUnit", petition.transferredToUnit())
                .param("satisfaction", petition.rating())
                .update();
    }
}
