package vn.hanoi.danvan.api.petitions;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** The SQL of a unit's petitions. Every method runs inside the unit's door. */
@Repository
class PetitionRepository {

    Petition insert(UnitScope unit, NewPetition petition) {
        return unit.sql()
                .sql("""
                        insert into petition (tracking_code, citizen_secret_hash, kind, channel, state, subject, matter,
                            search_text, matter_simhash, received_on, received_at, remote_area, several_sites,
                            group_petition, petitioner_count, handler_subject, handler_name, due_on, split_from_id,
                            transferred_from_unit, transferred_from_id)
                        values (:trackingCode, :secretHash, :kind, :channel, 'RECEIVED', :subject, :matter,
                            :searchText, :simhash, :receivedOn, :receivedAt, :remoteArea, :severalSites,
                            :group, :petitionerCount, :handlerSubject, :handlerName, :dueOn, :splitFrom,
                            :transferredFromUnit, :transferredFromId)
                        returning\s""" + PetitionRows.COLUMNS)
                .param("trackingCode", petition.trackingCode())
                .param("secretHash", petition.secretHash())
                .param("kind", petition.kind().name())
                .param("channel", petition.channel().name())
                .param("subject", petition.subject())
                .param("matter", petition.matter())
                .param("searchText", petition.searchText())
                .param("simhash", petition.matterSimhash())
                .param("receivedOn", petition.receivedOn())
                .param("receivedAt", Timestamp.from(petition.receivedAt()))
                .param("remoteArea", petition.remoteArea())
                .param("severalSites", petition.severalSites())
                .param("group", petition.groupPetition())
                .param("petitionerCount", petition.petitionerCount())
                .param("handlerSubject", petition.handlerSubject())
                .param("handlerName", petition.handlerName())
                .param("dueOn", petition.dueOn())
                .param("splitFrom", petition.splitFromId())
                .param("transferredFromUnit", petition.transferredFromUnit())
                .param("transferredFromId", petition.transferredFromId())
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .single();
    }

    void insertPetitioners(UnitScope unit, long petitionId, List<Petitioner> petitioners) {
        for (Petitioner person : petitioners) {
            unit.sql()
                    .sql("""
                            insert into petitioner (petition_id, position, representative, full_name, address, phone,
                                national_id_cipher, national_id_hash)
                            values (:petition, :position, :representative, :name, :address, :phone, :cipher, :hash)
                            """)
                    .param("petition", petitionId)
                    .param("position", person.position())
                    .param("representative", person.representative())
                    .param("name", person.fullName())
                    .param("address", person.address())
                    .param("phone", person.phone())
                    .param("cipher", person.nationalIdCipher())
                    .param("hash", person.nationalIdHash())
                    .update();
        }
    }

    Optional<Petition> find(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + PetitionRows.COLUMNS + " from petition where id = :id")
                .param("id", id)
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .optional();
    }

    /** The petition, locked for the rest of the transaction. */
    Optional<Petition> lock(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + PetitionRows.COLUMNS + " from petition where id = :id for update")
                .param("id", id)
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .optional();
    }

    Optional<Petition> findByTrackingCode(UnitScope unit, String trackingCode) {
        return unit.sql()
                .sql("select " + PetitionRows.COLUMNS + " from petition where tracking_code = :code")
                .param("code", trackingCode)
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .optional();
    }

    Optional<String> secretHash(UnitScope unit, long id) {
        return unit.sql()
                .sql("select citizen_secret_hash from petition where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    List<Petition> page(UnitScope unit, PetitionQuery query) {
        return unit.sql()
                .sql("select " + PetitionRows.COLUMNS + " from petition" + query.where() + query.keyset()
                        + query.orderAndLimit())
                .params(query.params())
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .list();
    }

    int count(UnitScope unit, PetitionQuery query) {
        return unit.sql()
                .sql("select count(*) from petition" + query.where())
                .params(query.params())
                .query(Integer.class)
                .single();
    }

    List<Petitioner> petitioners(UnitScope unit, Collection<Long> petitionIds) {
        return unit.sql()
                .sql("""
                        select petition_id, position, representative, full_name, address, phone,
                               national_id_cipher, national_id_hash
                          from petitioner where petition_id = any(:ids) order by petition_id, position
                        """)
                .param("ids", petitionIds.toArray(Long[]::new))
                .query(PetitionRows::petitioner)
                .list();
    }

    /**
     * Writes the petition's new state if nobody changed it since {@code expectedVersion} and returns
     * it as stored; empty if somebody did, and then nothing is written.
     */
    Optional<Petition> update(UnitScope unit, Petition next, int expectedVersion) {
        return unit.sql()
                .sql("""
                                update petition set
                                    state = :state, version = version + 1, round = :round, complex = :complex,
                                    especially_complex = :especiallyComplex, complexity_reasons = :reasons,
                                    remote_area = :remoteArea, several_sites = :severalSites,
                                    handler_subject = :handlerSubject, handler_name = :handlerName,
                                    accepted_on = :acceptedOn, appealed_on = :appealedOn, resolved_on = :resolvedOn,
                                    closed_on = :closedOn, extensions_granted = :extensions, decision = :decision,
                                    due_on = :dueOn, rating = :rating,
                                    rated_at = case when cast(:rating as smallint) is not null and rated_at is null
                                                    then now() else rated_at end,
                                    transferred_to_unit = :transferredToUnit, transferred_to_id = :transferredToId,
                                    updated_at = now()
                                 where id = :id and version = :expectedVersion
                                returning\s""" + PetitionRows.COLUMNS)
                .param("state", next.state().name())
                .param("round", next.round())
                .param("complex", next.complex())
                .param("especiallyComplex", next.especiallyComplex())
                .param("reasons", next.complexityReasons().toArray(String[]::new))
                .param("remoteArea", next.remoteArea())
                .param("severalSites", next.severalSites())
                .param("handlerSubject", next.handlerSubject())
                .param("handlerName", next.handlerName())
                .param("acceptedOn", next.acceptedOn())
                .param("appealedOn", next.appealedOn())
                .param("resolvedOn", next.resolvedOn())
                .param("closedOn", next.closedOn())
                .param("extensions", next.extensionsGranted())
                .param("decision", next.decision())
                .param("dueOn", next.dueOn())
                .param("rating", next.rating())
                .param("transferredToUnit", next.transferredToUnit())
                .param("transferredToId", next.transferredToId())
                .param("id", next.id())
                .param("expectedVersion", expectedVersion)
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .optional();
    }

    List<Petition> open(UnitScope unit) {
        return unit.sql()
                .sql("select " + PetitionRows.COLUMNS + " from petition where state in " + PetitionQuery.OPEN_STATES)
                .query((rs, row) -> PetitionRows.petition(unit.unit(), rs))
                .list();
    }

    /** A recomputed due date: derived data, so the version stays as it is. */
    void redate(UnitScope unit, long petitionId, LocalDate dueOn) {
        unit.sql()
                .sql("update petition set due_on = :due where id = :id")
                .param("due", dueOn)
                .param("id", petitionId)
                .update();
    }

    /** Points the petitions at the reception entry they were raised at. */
    void linkReceptionEntry(UnitScope unit, Collection<Long> petitionIds, long entryId) {
        unit.sql()
                .sql("update petition set reception_entry_id = :entry where id = any(:ids)")
                .param("entry", entryId)
                .param("ids", petitionIds.toArray(Long[]::new))
                .update();
    }

    /** The petitions raised at these reception entries, each with its entry's id. */
    List<Map.Entry<Long, Petition>> byReceptionEntries(UnitScope unit, Collection<Long> entryIds) {
        return unit.sql()
                .sql("select reception_entry_id, " + PetitionRows.COLUMNS
                        + " from petition where reception_entry_id = any(:ids) order by id")
                .param("ids", entryIds.toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("reception_entry_id"), PetitionRows.petition(unit.unit(), rs)))
                .list();
    }

    Optional<Long> receptionEntryOf(UnitScope unit, long petitionId) {
        return unit.sql()
                .sql("select reception_entry_id from petition where id = :id and reception_entry_id is not null")
                .param("id", petitionId)
                .query(Long.class)
                .optional();
    }
}
