package vn.hanoi.danvan.admin;

/** Ward (phường) or commune (xã): the two kinds of commune-level unit. */
public enum UnitKind {
    WARD,
    COMMUNE;

    /** Reads the kind as the reference CSV writes it ({@code ward}, {@code commune}). */
    public static UnitKind parse(String text) {
        for (UnitKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return kind;
            }
        }
        throw new InvalidUnitException("A unit is a ward or a commune, not '" + text + "'.");
    }
}
