package vn.hanoi.danvan.api.oversight;

/** What petition statistics can be grouped by; each names its column in the statistics cube. */
enum StatisticsDimension {
    UNIT("st.unit_code, s.name"),
    KIND("st.kind"),
    CHANNEL("st.channel"),
    STATE("st.state"),
    MONTH("st.month");

    /** Fixed SQL, never text from a request. */
    final String columns;

    StatisticsDimension(String columns) {
        this.columns = columns;
    }
}
