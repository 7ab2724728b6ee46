package vn.hanoi.danvan.admin;

import java.util.Map;

/**
 * The fleet at a glance, as one release sees it ({@link UnitRegistry#census}).
 *
 * @param byStatus how many units are in each status (a status no unit is in is left out)
 * @param behind active units whose schema is older than the release's unit changelog, with no
 *     failure recorded: a fleet migration is still to run or running for them
 * @param failed living units whose last migration failed (reported; the others go on)
 */
public record FleetCensus(Map<UnitStatus, Integer> byStatus, int behind, int failed) {

    public FleetCensus {
        byStatus = Map.copyOf(byStatus);
    }

    public int count(UnitStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
