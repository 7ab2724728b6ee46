package vn.hanoi.danvan.api.receptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** The SQL of a unit's reception register: entries, their visitors, and the yearly numbering. */
@Repository
class EntryRepository {

    private static final String COLUMNS = """
            id, session_id, year, sequence_number, received_on, content, prior_handling, request, handling,
            group_size, matter_kinds, confidential, recorded_by, recorded_by_name, version
            """;

    record NewEntry(
            long sessionId,
            int year,
            int sequenceNumber,
            LocalDate receivedOn,
            String content,
            String priorHandling,
            String request,
            String handling,
            int groupSize,
            List<PetitionKind> matterKinds,
            boolean confidential,
            String recordedBy,
            String recordedByName) {}

    /**
     * The next number of the year's register (art. 25). The counter row is updated in the caller's
     * transaction: a concurrent registration waits for this one to end, and a rollback returns the
     * number, so the register has neither duplicates nor gaps.
     */
    int nextNumber(UnitScope unit, int year) {
        return unit.sql().sql("""
                        insert into reception_register_counter as c (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = c.last_number + 1
                        returning last_number
                        """).param("year", year).query(Integer.class).single();
    }

    ReceptionEntry insert(UnitScope unit, NewEntry entry) {
        return unit.sql()
                .sql("""
                        insert into reception_entry (session_id, year, sequence_number, received_on, content,
                            prior_handling, request, handling, group_size, matter_kinds, confidential, recorded_by,
                            recorded_by_name)
                        values (:session, :year, :number, :receivedOn, :content, :prior, :request, :handling,
                            :groupSize, :kinds, :confidential, :recordedBy, :recordedByName)
                        returning\s""" + COLUMNS)
                .param("session", entry.sessionId())
                .param("year", entry.year())
                .param("number", entry.sequenceNumber())
                .param("receivedOn", entry.receivedOn())
                .param("content", entry.content())
                .param("prior", entry.priorHandling())
                .param("request", entry.request())
                .param("handling", entry.handling())
                .param("groupSize", entry.groupSize())
                .param("kinds", names(entry.matterKinds()))
                .param("confidential", entry.confidential())
                .param("recordedBy", entry.recordedBy())
                .param("recordedByName", entry.recordedByName())
                .query((rs, row) -> entry(unit.unit(), rs))
                .single();
    }

    void insertVisitors(UnitScope unit, List<Visitor> visitors) {
        for (Visitor visitor : visitors) {
            unit.sql()
                    .sql("""
                            insert into reception_visitor (entry_id, position, representative, full_name, address, phone,
                                national_id_cipher, national_id_hash)
                            values (:entry, :position, :representative, :name, :address, :phone, :cipher, :hash)
                            """)
                    .param("entry", visitor.entryId())
                    .param("position", visitor.position())
                    .param("representative", visitor.representative())
                    .param("name", visitor.fullName())
                    .param("address", visitor.address())
                    .param("phone", visitor.phone())
                    .param("cipher", visitor.nationalIdCipher())
                    .param("hash", visitor.nationalIdHash())
                    .update();
        }
    }

    Optional<ReceptionEntry> find(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + COLUMNS + " from reception_entry where id = :id")
                .param("id", id)
                .query((rs, row) -> entry(unit.unit(), rs))
                .optional();
    }

    Optional<ReceptionEntry> lock(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + COLUMNS + " from reception_entry where id = :id for update")
                .param("id", id)
                .query((rs, row) -> entry(unit.unit(), rs))
                .optional();
    }

    List<ReceptionEntry> ofSessions(UnitScope unit, Collection<Long> sessionIds) {
        return unit.sql()
                .sql("select " + COLUMNS
                        + " from reception_entry where session_id = any(:ids) order by session_id, sequence_number")
                .param("ids", sessionIds.toArray(Long[]::new))
                .query((rs, row) -> entry(unit.unit(), rs))
                .list();
    }

    /** A page of the year's register by number, after the number of the last row seen. */
    List<ReceptionEntry> page(UnitScope unit, int year, int afterNumber, int limit) {
        return unit.sql()
                .sql("select " + COLUMNS + " from reception_entry where year = :year and sequence_number > :after"
                        + " order by sequence_number limit :limit")
                .param("year", year)
                .param("after", afterNumber)
                .param("limit", limit)
                .query((rs, row) -> entry(unit.unit(), rs))
                .list();
    }

    int count(UnitScope unit, int year) {
        return unit.sql()
                .sql("select count(*) from reception_entry where year = :year")
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    /** Records the matters raised since and the confidentiality they bring; a new version. */
    ReceptionEntry update(UnitScope unit, long id, List<PetitionKind> kinds, boolean confidential) {
        return unit.sql()
                .sql("""
                        update reception_entry set matter_kinds = :kinds, confidential = :confidential,
                            version = version + 1, updated_at = now()
                         where id = :id
                        returning\s""" + COLUMNS)
                .param("kinds", names(kinds))
                .param("confidential", confidential)
                .param("id", id)
                .query((rs, row) -> entry(unit.unit(), rs))
                .single();
    }

    List<Visitor> visitors(UnitScope unit, Collection<Long> entryIds) {
        return unit.sql()
                .sql("""
                        select entry_id, position, representative, full_name, address, phone, national_id_cipher,
                               national_id_hash
                          from reception_visitor where entry_id = any(:ids) order by entry_id, position
                        """)
                .param("ids", entryIds.toArray(Long[]::new))
                .query((rs, row) -> new Visitor(
                        rs.getLong("entry_id"),
                        rs.getInt("position"),
                        rs.getBoolean("representative"),
                        rs.getString("full_name"),
                        rs.getString("address"),
                        rs.getString("phone"),
                        rs.getBytes("national_id_cipher"),
                        rs.getString("national_id_hash")))
                .list();
    }

    /** Every read of a confidential entry's visitors (Law on Denunciation 2018, art. 47). */
    void recordConfidentialReads(UnitScope unit, Collection<Long> entryIds, String subject, String roles) {
        unit.sql()
                .sql("""
                        insert into reception_confidential_read (actor_subject, actor_roles, entry_id)
                        select :subject, :roles, unnest(:ids)
                        """)
                .param("subject", subject)
                .param("roles", roles)
                .param("ids", entryIds.toArray(Long[]::new))
                .update();
    }

    private static String[] names(List<PetitionKind> kinds) {
        return kinds.stream().map(Enum::name).toArray(String[]::new);
    }

    static ReceptionEntry entry(UnitCode unit, ResultSet rs) throws SQLException {
        return new ReceptionEntry(
                unit,
                rs.getLong("id"),
                rs.getLong("session_id"),
                rs.getInt("year"),
                rs.getInt("sequence_number"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("content"),
                rs.getString("prior_handling"),
                rs.getString("request"),
                rs.getString("handling"),
                rs.getInt("group_size"),
                Arrays.stream((String[]) rs.getArray("matter_kinds").getArray())
                        .map(PetitionKind::valueOf)
                        .toList(),
                rs.getBoolean("confidential"),
                rs.getString("recorded_by"),
                rs.getString("recorded_by_name"),
                rs.getInt("version"));
    }
}
