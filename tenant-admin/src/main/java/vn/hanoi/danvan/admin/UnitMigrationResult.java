package vn.hanoi.danvan.admin;

/** How one unit's migration ended: its code, and the error if it failed. */
public record UnitMigrationResult(UnitCode code, String error) {

    public static UnitMigrationResult ok(UnitCode code) {
        return new UnitMigrationResult(code, null);
    }

    public boolean succeeded() {
        return error == null;
    }
}
