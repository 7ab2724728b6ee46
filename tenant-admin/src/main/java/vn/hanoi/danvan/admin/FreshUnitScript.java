package vn.hanoi.danvan.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Liquibase would run on a fresh unit schema, as SQL: the creation of the {@code
 * databasechangelog} table, then each changeset's SQL followed by its row in that table with id,
 * author, file, checksum and order. It is Liquibase's own {@code updateSQL} output for a scratch
 * schema, so Liquibase stays the source of truth; only the scratch schema's name, the
 * placeholder, is swapped for the unit's.
 *
 * <p>Why a script: Liquibase's own work per unit (parsing the changelog, reading the schema, a
 * transaction per changeset) costs several times the SQL it runs. A fleet of thousands of units
 * is provisioned in minutes only when that work is done once per changelog version.
 *
 * <p>{@link #of} keeps the output only where it is plain: the placeholder may occur only in the
 * statements that create and fill {@code databasechangelog}. Lock-table statements (the
 * {@link AdvisoryLockService} stands in for the lock table, and a fresh unit's script runs under
 * a transaction-level advisory lock instead) and {@code SET SEARCH_PATH} statements (the script
 * runs under {@code set local search_path}) are dropped, as are the header comments about the
 * scratch run. Anything else naming the placeholder, a tag or a checksum update say, depends on
 * the run and makes the output unusable. The script is kept in parts, one per changeset, cut
 * after each changeset's own row, so a failure can say which changeset failed.
 */
record FreshUnitScript(String placeholder, List<Part> parts) {

    /** One changeset's SQL and its row in {@code databasechangelog}; or the table's creation. */
    record Part(String name, String sql) {}

    /** The comments Liquibase writes at the top of its output: about the scratch run, not a unit. */
    private static final List<String> HEADER_COMMENTS = List.of(
            "-- ****",
            "-- Update Database Script",
            "-- Change Log:",
            "-- Ran at:",
            "-- Against:",
            "-- Liquibase version:");

    /** ID, AUTHOR and FILENAME: the first three values of Liquibase's insert of a changeset. */
    private static final Pattern RECORDED =
            Pattern.compile("VALUES \\('((?:[^']|'')*)', '((?:[^']|'')*)', '((?:[^']|'')*)'");

    /**
     * How the scratch schema's name, and so the placeholder, starts: no unit code makes it, and a
     * random suffix keeps scripts generated at once by several JVMs apart.
     */
    static final String PLACEHOLDER_PREFIX = "unit_zz_template_";

    FreshUnitScript {
        requireScratchName(placeholder);
        parts = List.copyOf(parts);
    }

    /** A new scratch schema name, unlike any unit's and any other generation's. */
    static String newPlaceholder() {
        return PLACEHOLDER_PREFIX
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Reads Liquibase's {@code updateSQL} output for the scratch schema {@code placeholder}.
     *
     * @throws IllegalStateException when the output does anything but create the changelog table,
     *     run changesets and record them, or records other than {@code expectedChangesets}
     */
    static FreshUnitScript of(String placeholder, String updateSqlOutput, int expectedChangesets) {
        requireScratchName(placeholder);
        String ownTable = (placeholder + ".databasechangelog ").toUpperCase(Locale.ROOT);
        String lockTable = placeholder + ".databasechangeloglock";
        List<Part> parts = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String line : updateSqlOutput.split("\n", -1)) {
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (HEADER_COMMENTS.stream().anyMatch(line::startsWith)) {
                continue;
            }
            if (!line.contains(placeholder)) {
                pending.add(line);
            } else if (line.contains(lockTable) || upper.startsWith("SET SEARCH_PATH")) {
                continue;
            } else if (upper.startsWith("CREATE TABLE " + ownTable) && parts.isEmpty()) {
                pending.add(line);
                parts.add(new Part("the databasechangelog table", cut(pending)));
            } else if (upper.startsWith("INSERT INTO " + ownTable) && !parts.isEmpty()) {
                pending.add(line);
                parts.add(new Part(changeset(line, parts.size()), cut(pending)));
            } else {
                throw new IllegalStateException(
                        "Liquibase's script for a fresh unit does more than create and fill its changelog table: "
                                + line.strip());
            }
        }
        int recorded = Math.max(0, parts.size() - 1);
        if (parts.isEmpty() || recorded != expectedChangesets || hasSql(pending)) {
            throw new IllegalStateException("Liquibase's script for a fresh unit creates "
                    + (parts.isEmpty() ? "no" : "its") + " changelog table and records " + recorded
                    + " changeset(s) of " + expectedChangesets
                    + (hasSql(pending) ? ", then runs more SQL" : ""));
        }
        return new FreshUnitScript(placeholder, parts);
    }

    /** The changesets recorded: all parts but the table's creation. */
    int changesets() {
        return parts.size() - 1;
    }

    /** The whole script, as one text. */
    String sql() {
        return String.join("\n", parts.stream().map(Part::sql).toList());
    }

    /** The script for one unit: the placeholder becomes the unit's (validated) schema name. */
    List<Part> forSchema(UnitSchema schema) {
        return parts.stream()
                .map(part -> new Part(part.name(), part.sql().replace(placeholder, schema.name())))
                .toList();
    }

    private static boolean hasSql(List<String> lines) {
        return lines.stream().map(String::strip).anyMatch(line -> !line.isEmpty() && !line.startsWith("--"));
    }

    private static String cut(List<String> lines) {
        String sql = String.join("\n", lines).strip() + "\n";
        lines.clear();
        return sql;
    }

    /** Liquibase's name of a changeset, file::id::author, read from its insert. */
    private static String changeset(String insert, int position) {
        Matcher values = RECORDED.matcher(insert);
        return values.find() ? values.group(3) + "::" + values.group(1) + "::" + values.group(2) : "number " + position;
    }

    private static void requireScratchName(String placeholder) {
        if (!placeholder.matches(PLACEHOLDER_PREFIX + "[0-9a-f]{12}")) {
            throw new IllegalArgumentException("Not a scratch schema name: " + placeholder);
        }
    }
}
