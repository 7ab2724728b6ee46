package vn.hanoi.danvan.admin;

/**
 * How far one family of a unit's oversight facts is from the unit's own data, or what a rebuild
 * repaired: a rebuild reports the drift it found, and leaves none.
 *
 * @param unit the unit
 * @param family the fact family: {@code petition}, {@code reception} or {@code directive}
 * @param missing facts that should exist and do not (after a rebuild: inserted)
 * @param different facts whose values differ from what the unit's rows say (after a rebuild: rewritten)
 * @param extra facts without a row behind them in the unit's schema (after a rebuild: deleted)
 * @param summaryRows summary rows that differ from what the facts add up to (after a rebuild:
 *     recomputed with the rest); always zero for a family without summaries
 */
public record FactDrift(UnitCode unit, String family, int missing, int different, int extra, int summaryRows) {

    public boolean none() {
        return missing == 0 && different == 0 && extra == 0 && summaryRows == 0;
    }

    /** As {@code facts check} prints it. */
    public String line() {
        return "%s  %s facts missing: %d, different: %d, extra: %d, summary rows off: %d"
                .formatted(unit, family, missing, different, extra, summaryRows);
    }

    /** As {@code facts rebuild} prints it. */
    public String repairLine() {
        return "%s  %s facts inserted: %d, updated: %d, deleted: %d, summary rows off: %d"
                .formatted(unit, family, missing, different, extra, summaryRows);
    }
}
