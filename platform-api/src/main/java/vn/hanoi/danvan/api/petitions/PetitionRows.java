package vn.hanoi.danvan.api.petitions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/** Reads petition rows into records. */
final class PetitionRows {

    static final String COLUMNS = """
            id, tracking_code, kind, channel, state, version, subject, matter, received_on, received_at,
            round, complex, especially_complex, complexity_reasons, remote_area, several_sites,
            group_petition, petitioner_count, handler_subject, handler_name, accepted_on, appealed_on,
            resolved_on, closed_on, extensions_granted, decision, due_on, rating, split_from_id,
            transferred_from_unit, transferred_from_id, transferred_to_unit, transferred_to_id
            """;

    private PetitionRows() {}

    static Petition petition(UnitCode unit, ResultSet rs) throws SQLException {
        Timestamp receivedAt = rs.getTimestamp("received_at");
        return new Petition(
                unit,
                rs.getLong("id"),
                rs.getString("tracking_code"),
                PetitionKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")),
                PetitionState.valueOf(rs.getString("state")),
                rs.getInt("version"),
                rs.getString("subject"),
                rs.getString("matter"),
                date(rs, "received_on"),
                receivedAt.toInstant(),
                rs.getInt("round"),
                rs.getBoolean("complex"),
                rs.getBoolean("especially_complex"),
                texts(rs.getArray("complexity_reasons")),
                rs.getBoolean("remote_area"),
                rs.getBoolean("several_sites"),
                rs.getBoolean("group_petition"),
                rs.getInt("petitioner_count"),
                rs.getString("handler_subject"),
                rs.getString("handler_name"),
                date(rs, "accepted_on"),
                date(rs, "appealed_on"),
                date(rs, "resolved_on"),
                date(rs, "closed_on"),
                rs.getInt("extensions_granted"),
                rs.getString("decision"),
                date(rs, "due_on"),
                rs.getObject("rating", Integer.class),
                rs.getObject("split_from_id", Long.class),
                rs.getString("transferred_from_unit"),
                rs.getObject("transferred_from_id", Long.class),
                rs.getString("transferred_to_unit"),
                rs.getObject("transferred_to_id", Long.class));
    }

    static Petitioner petitioner(ResultSet rs, int row) throws SQLException {
        return new Petitioner(
                rs.getLong("petition_id"),
                rs.getInt("position"),
                rs.getBoolean("representative"),
                rs.getString("full_name"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getBytes("national_id_cipher"),
                rs.getString("national_id_hash"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
