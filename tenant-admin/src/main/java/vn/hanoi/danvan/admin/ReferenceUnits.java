package vn.hanoi.danvan.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hanoi's 126 commune-level units as shipped in {@code reference/hanoi-units.csv}: codes per
 * Decision 19/2025/QĐ-TTg, names per Resolution 1656/NQ-UBTVQH15.
 */
public final class ReferenceUnits {

    public static final String HANOI_CSV = "reference/hanoi-units.csv";

    private ReferenceUnits() {}

    public static List<UnitDefinition> hanoi() {
        try (InputStream in = ReferenceUnits.class.getClassLoader().getResourceAsStream(HANOI_CSV)) {
            if (in == null) {
                throw new IllegalStateException(HANOI_CSV + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<UnitDefinition> hanoi(UnitCode code) {
        return hanoi().stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    static List<UnitDefinition> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.strip().equals("code,name_vi,type")) {
            throw new IllegalStateException("Unexpected header in " + HANOI_CSV + ": " + header);
        }
        List<UnitDefinition> units = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException("Malformed line in " + HANOI_CSV + ": " + line);
            }
            units.add(new UnitDefinition(
                    UnitCode.of(cells[0].strip()),
                    cells[1].strip(),
                    UnitKind.parse(cells[2]),
                    UnitDefinition.HANOI_2025));
        }
        return List.copyOf(units);
    }
}
