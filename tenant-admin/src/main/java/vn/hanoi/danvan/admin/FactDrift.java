package vn.hanoi.danvan.admin;

/**
 * How far one unit's oversight facts are from its own data, or what a rebuild changed.
 *
 * @param unit the unit
 * @param missingOrDifferent facts that are missing or differ from what the unit's petitions say
 *     (after a rebuild: facts written)
 * @param extra facts without a petition behind them (after a rebuild: facts deleted)
 * @param summaryRows summary rows (monthly, resolution days, statistics) that differ from what
 *     the facts add up to (after a rebuild: zero)
 */
public record FactDrift(UnitCode unit, int missingOrDifferent, int extra, int summaryRows) {

    public boolean none() {
        return missingOrDifferent == 0 && extra == 0 && summaryRows == 0;
    }

    public String line() {
        return "%s  facts missing or different: %d, facts without a petition: %d, summary rows off: %d"
                .formatted(unit, missingOrDifferent, extra, summaryRows);
    }
}
