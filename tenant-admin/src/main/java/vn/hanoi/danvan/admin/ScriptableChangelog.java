package vn.hanoi.danvan.admin;

import java.util.Optional;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.precondition.Precondition;
import liquibase.precondition.PreconditionLogic;

/**
 * Whether a changelog's {@code updateSQL} output, run later as one transaction on a fresh schema,
 * does what Liquibase itself would do there.
 *
 * <p>Why it may not: {@code updateSQL} runs nothing, so preconditions are judged against the
 * empty scratch schema instead of the schema as earlier changesets left it; Java and shell
 * changes, and changes whose SQL depends on the database's state, leave no faithful SQL; a
 * changeset outside a transaction (say {@code create index concurrently}) cannot join one; one
 * whose errors are ignored would abort the whole script; and SQL ending in a delimiter other than
 * {@code ;}, or run by another tool, cannot go to the server as one script. Such a changelog is
 * migrated by Liquibase unit by unit, as before.
 */
final class ScriptableChangelog {

    private ScriptableChangelog() {}

    /** Why the changelog cannot be scripted, or empty when it can. */
    static Optional<String> whyNot(DatabaseChangeLog changelog, Database database) {
        if (hasAny(changelog.getPreconditions())) {
            return Optional.of("the changelog has preconditions");
        }
        for (ChangeSet changeSet : changelog.getChangeSets()) {
            Optional<String> reason = whyNot(changeSet, database);
            if (reason.isPresent()) {
                return Optional.of("changeset " + changeSet.getId() + " " + reason.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> whyNot(ChangeSet changeSet, Database database) {
        if (hasAny(changeSet.getPreconditions())) {
            return Optional.of("has preconditions");
        }
        if (!changeSet.isRunInTransaction()) {
            return Optional.of("runs outside a transaction");
        }
        if (Boolean.FALSE.equals(changeSet.getFailOnError())) {
            return Optional.of("ignores its errors");
        }
        if (changeSet.getRunWith() != null && !changeSet.getRunWith().equalsIgnoreCase("jdbc")) {
            return Optional.of("runs with " + changeSet.getRunWith());
        }
        for (Change change : changeSet.getChanges()) {
            if (change instanceof CustomChangeWrapper || change instanceof ExecuteShellCommandChange) {
                return Optional.of("runs code, not SQL");
            }
            if (change instanceof AbstractSQLChange sql
                    && sql.getEndDelimiter() != null
                    && !sql.getEndDelimiter().equals(";")) {
                return Optional.of("ends its statements with " + sql.getEndDelimiter());
            }
            if (change.generateStatementsVolatile(database)) {
                return Optional.of("makes SQL that depends on the database's state");
            }
        }
        return Optional.empty();
    }

    /** Whether any real precondition is there; an included changelog adds an empty container. */
    private static boolean hasAny(Precondition precondition) {
        if (precondition instanceof PreconditionLogic logic) {
            return logic.getNestedPreconditions().stream().anyMatch(ScriptableChangelog::hasAny);
        }
        return precondition != null;
    }
}
