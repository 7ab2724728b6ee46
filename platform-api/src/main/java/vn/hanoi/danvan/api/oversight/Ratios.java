package vn.hanoi.danvan.api.oversight;

/** Shares and means as the city reads them: null where there is nothing to divide by. */
final class Ratios {

    private Ratios() {}

    static Double of(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
