package vn.hanoi.danvan.admin;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.DatabaseChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Liquibase, once per JVM and unit changelog version, for the SQL it would run on a fresh
 * unit schema: {@code updateSQL} against a scratch schema named by a placeholder, on a connection
 * whose search_path is that schema and {@code ext}, set up by {@link Liquibases} like any update.
 * The scratch schema is dropped again; {@code updateSQL} writes nothing into it.
 *
 * <p>A changelog that {@link ScriptableChangelog} turns down, or whose output {@link
 * FreshUnitScript#of} does not accept, has no script: its fresh units are migrated by Liquibase.
 * That verdict is kept too, so it is logged once. A failure to reach the database is not a
 * verdict: it is thrown, and the next fresh unit tries again.
 */
final class FreshUnitScripts {

    private static final Logger log = LoggerFactory.getLogger(FreshUnitScripts.class);
    private static final Map<String, Optional<FreshUnitScript>> BY_VERSION = new ConcurrentHashMap<>();

    private FreshUnitScripts() {}

    /**
     * The script for {@code changelog}, generated on {@code connection} the first time: the
     * connection of the unit about to use it, so that generating takes no connection of its own
     * from a pool that the fleet's workers may hold entirely.
     */
    static Optional<FreshUnitScript> forChangelog(Connection connection, UnitChangelog changelog) throws Exception {
        Optional<FreshUnitScript> known = BY_VERSION.get(changelog.version());
        if (known != null) {
            return known;
        }
        synchronized (FreshUnitScripts.class) {
            known = BY_VERSION.get(changelog.version());
            if (known == null) {
                known = generate(connection, changelog);
                BY_VERSION.put(changelog.version(), known);
            }
            return known;
        }
    }

    /** Generates the script afresh, whatever is known already. */
    static Optional<FreshUnitScript> generate(Connection connection, UnitChangelog changelog) throws Exception {
        long start = System.nanoTime();
        String placeholder = FreshUnitScript.newPlaceholder();
        StringWriter output = new StringWriter();
        AtomicReference<Optional<String>> whyNot = new AtomicReference<>(Optional.empty());
        AtomicInteger changesets = new AtomicInteger();
        try {
            Liquibases.run(
                    connection,
                    changelog.path(),
                    placeholder,
                    placeholder + ", " + UnitSchema.EXTENSIONS,
                    liquibase -> {
                        DatabaseChangeLog parsed = liquibase.getDatabaseChangeLog();
                        changesets.set(parsed.getChangeSets().size());
                        whyNot.set(ScriptableChangelog.whyNot(parsed, liquibase.getDatabase()));
                        if (whyNot.get().isEmpty()) {
                            liquibase.update(new Contexts(), new LabelExpression(), output);
                        }
                    });
        } finally {
            dropScratch(connection, placeholder);
        }
        if (whyNot.get().isPresent()) {
            return none(changelog, whyNot.get().get());
        }
        try {
            FreshUnitScript script = FreshUnitScript.of(placeholder, output.toString(), changesets.get());
            log.info(
                    "Fresh units of unit changelog {} get a {}-changeset script, generated in {} ms",
                    changelog.version(),
                    script.changesets(),
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(script);
        } catch (IllegalStateException e) {
            return none(changelog, e.getMessage());
        }
    }

    private static Optional<FreshUnitScript> none(UnitChangelog changelog, String reason) {
        log.warn(
                "Fresh units of unit changelog {} are migrated by Liquibase one by one: {}",
                changelog.version(),
                reason);
        return Optional.empty();
    }

    /** Quietly: a scratch schema left behind is empty, and the first failure is what matters. */
    private static void dropScratch(Connection connection, String placeholder) {
        try (Statement statement = connection.createStatement()) {
            // The placeholder is unit_zz_template_ and twelve hex digits: no quoting needed.
            statement.execute("drop schema if exists " + placeholder + " cascade");
        } catch (SQLException e) {
            log.warn("The scratch schema {} is left behind: {}", placeholder, Failures.oneLine(e));
        }
    }
}
