package vn.hanoi.danvan.admin;

/**
 * Where a unit is in its life. A unit is {@link #ACTIVE} only once its schema is fully built;
 * while provisioning it serves nothing.
 */
public enum UnitStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    ARCHIVED;

    public boolean serves() {
        return this == ACTIVE;
    }
}
