package vn.hanoi.danvan.api.petitions;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * Flags a new petition that looks like one already received from the same person, in this unit
 * or any other: same keyed hash of a national ID number, same kind, and a matter whose
 * similarity hash differs in at most {@value #SAME_MATTER_BITS} of 64 bits. Only hashes cross
 * units; each unit's text and identities stay in its schema.
 */
@Component
class Duplicates {

    static final int SAME_MATTER_BITS = 12;

    private final PetitionTrail trail;

    Duplicates(PetitionTrail trail) {
        this.trail = trail;
    }

    void flag(UnitScope unit, Petition petition, List<String> nationalIdHashes) {
        if (nationalIdHashes.isEmpty()) {
            return;
        }
        String[] hashes = nationalIdHashes.toArray(String[]::new);
        long simhash = PetitionTexts.simhash(petition.subject() + " " + petition.matter());
        record Match(String unitCode, long petitionId) {}
        List<Match> matches = unit.sql()
                .sql("""
                        select distinct unit_code, petition_id from platform.petitioner_fingerprint
                         where national_id_hash = any(:hashes) and kind = :kind
                           and length(replace(((matter_simhash # :simhash)::bit(64))::text, '0', '')) <= :bits
                           and not (unit_code = :unit and petition_id = :id)
                        """)
                .param("hashes", hashes)
                .param("kind", petition.kind().name())
                .param("simhash", simhash)
                .param("bits", SAME_MATTER_BITS)
                .param("unit", unit.unit().value())
                .param("id", petition.id())
                .query((rs, row) -> new Match(rs.getString("unit_code"), rs.getLong("petition_id")))
                .list();
        for (Match match : matches) {
            trail.addLink(unit, petition.id(), "POSSIBLE_DUPLICATE", match.unitCode(), match.petitionId());
        }
        for (String hash : hashes) {
            unit.sql()
                    .sql("""
                            insert into platform.petitioner_fingerprint (national_id_hash, unit_code, petition_id,
                                kind, matter_simhash, received_on)
                            values (:hash, :unit, :id, :kind, :simhash, :receivedOn) on conflict do nothing
                            """)
                    .param("hash", hash)
                    .param("unit", unit.unit().value())
                    .param("id", petition.id())
                    .param("kind", petition.kind().name())
                    .param("simhash", simhash)
                    .param("receivedOn", petition.receivedOn())
                    .update();
        }
    }
}
