package vn.hanoi.danvan.api.oversight;

/** What petition statistics can be grouped by; each names its column in the statistics cube. */
enum StatisticsDimension {
    UNIT("unit_code"),
    KIND("kind"),
    CHANNEL("channel"),
    STATE("state"),
    MONTH("month");

    /** Fixed SQL, never text from a request. */
    final String column;

    StatisticsDimension(String column) {
        this.column = column;
    }

    /**
     * The column in the ORDER BY of the sums ({@code g}): codes and English enum names sort the
     * same bytewise as under any collation, and far faster.
     */
    String sortKey() {
        return this == MONTH ? "g." + column : "g." + column + " collate \"C\"";
    }
}
