package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;

/** One month's measures, for the whole scope or one unit. */
record MonthlyTrend(
        LocalDate month,
        int received,
        int online,
        int groupPetitions,
        int transfersIn,
        int transfersOut,
        int resolved,
        int resolvedOnTime,
        Double medianDaysToResolve,
        int satisfactionSum,
        int satisfactionCount) {

    public Double onlineShare() {
        return Ratios.of(online, received);
    }

    public Double onTimeRate() {
        return Ratios.of(resolvedOnTime, resolved);
    }

    public Double satisfactionMean() {
        return Ratios.of(satisfactionSum, satisfactionCount);
    }
}
