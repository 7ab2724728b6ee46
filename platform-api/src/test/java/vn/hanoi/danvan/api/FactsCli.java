package vn.hanoi.danvan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import vn.hanoi.danvan.admin.cli.TenantAdminCli;

/**
 * {@code tenant-admin facts check|rebuild <unit>} run against a test database as an operator runs
 * them, and the unit's fact rows read (or broken) with plain SQL beside them.
 */
public final class FactsCli {

    /** What a command printed, and its exit code. */
    public record Outcome(int exit, String out, String err) {}

    private final String url;
    private final String unit;

    public FactsCli(String url, String unit) {
        this.url = url;
        this.unit = unit;
    }

    public Outcome check() {
        return run("facts", "check", unit);
    }

    public Outcome rebuild() {
        return run("facts", "rebuild", unit);
    }

    /**
     * A rebuild of a unit that agrees writes nothing in the family and does not even raise the
     * unit's fact_version (no cached oversight figure is thrown away for nothing).
     */
    public void assertRebuildChangesNothing(String family) {
        long before = version();
        assertThat(rebuild().out())
                .contains(unit + "  " + family + " facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0");
        assertThat(version()).isEqualTo(before);
    }

    /**
     * One month's running total of the unit (platform 014) put off by one behind the triggers'
     * back, in the first or last month of its rows ({@code which}: min or max): the check reports
     * that one month off in the family, and the rebuild puts the figure back.
     */
    public void assertAnOffRunningTotalIsReportedAndRepaired(String family, String table, String column, String which) {
        String month = "(select " + which + "(month) from " + table + " where unit_code = '" + unit + "')";
        String value = "select " + column + " from " + table + " where unit_code = ? and month = " + month;
        String before = value(value);
        assertThat(before).as("a running total of the unit").isNotNull();
        execute("update " + table + " set " + column + " = " + column + " + 1 where unit_code = '" + unit
                + "' and month = " + month);

        Outcome check = check();
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out())
                .contains(unit + "  " + family + " facts missing: 0, different: 0, extra: 0, summary rows off: 1");

        assertThat(rebuild().out())
                .contains(unit + "  " + family + " facts inserted: 0, updated: 0, deleted: 0, summary rows off: 1");
        assertThat(value(value)).isEqualTo(before);
        assertThat(check().exit()).isZero();
    }

    /** The unit's rows of a fact table, every column but updated_at, as text in key order. */
    public String rows(String table) {
        return value("select coalesce(string_agg(r::text, E'\\n' order by r::text), '')"
                + " from (select to_jsonb(f) - 'updated_at' as r from " + table + " f where unit_code = ?) rows");
    }

    public long count(String table) {
        return Long.parseLong(value("select count(*) from " + table + " where unit_code = ?"));
    }

    /** The unit's fact_version counter: any fact change of any family raises it. */
    public long version() {
        return Long.parseLong(value("select coalesce(max(version), 0) from platform.fact_version where unit_code = ?"));
    }

    /** Runs a statement as an operator would, to break the facts behind the API's back. */
    public void execute(String statement) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one value a query answers, its one parameter ({@code ?}) being the unit's code. */
    public String value(String query) {
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement sql = connection.prepareStatement(query)) {
            sql.setString(1, unit);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TenantAdminCli.run(
                List.of(args),
                Map.of("SPRING_DATASOURCE_URL", url),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
