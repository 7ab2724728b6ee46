package vn.hanoi.danvan.api.oversight;

import vn.hanoi.danvan.admin.UnitKind;

/**
 * One unit's figures over a period, without personal data. The reception and directive parts are
 * null until those features record their own PII-free facts: each joins here as one more
 * per-unit source in {@link ScorecardQueries}, next to the petition figures.
 */
record Scorecard(
        int rank,
        String unitCode,
        String unitName,
        UnitKind unitKind,
        int received,
        KindCounts receivedByKind,
        ChannelCounts receivedByChannel,
        int openBacklog,
        BacklogAge backlogAge,
        int overdue,
        int resolved,
        int resolvedOnTime,
        Double medianDaysToResolve,
        int groupPetitions,
        int transfersIn,
        int transfersOut,
        int satisfactionSum,
        int satisfactionCount,
        ReceptionCompliance receptions,
        DirectiveProgress directives) {

    record KindCounts(int complaint, int denunciation, int recommendation, int reflection) {}

    record ChannelCounts(int inPerson, int post, int online, int transferred, int staffEntry) {}

    record BacklogAge(int upTo10Days, int upTo30Days, int upTo60Days, int upTo90Days, int over90Days) {}

    /** Tiếp công dân: sessions held against the frequency rules, once reception facts exist. */
    record ReceptionCompliance(int sessionsHeld, int sessionsRequired) {}

    /** Directive tasks assigned, completed and late, once directive task facts exist. */
    record DirectiveProgress(int assigned, int completed, int late) {}

    public Double onTimeRate() {
        return Ratios.of(resolvedOnTime, resolved);
    }

    public Double satisfactionMean() {
        return Ratios.of(satisfactionSum, satisfactionCount);
    }

    public Double onlineShare() {
        return Ratios.of(receivedByChannel.online(), received);
    }

    Scorecard ranked(int position) {
        return new Scorecard(
                position,
                unitCode,
                unitName,
                unitKind,
                received,
                receivedByKind,
                receivedByChannel,
                openBacklog,
                backlogAge,
                overdue,
                resolved,
                resolvedOnTime,
                medianDaysToResolve,
                groupPetitions,
                transfersIn,
                transfersOut,
                satisfactionSum,
                satisfactionCount,
                receptions,
                directives);
    }
}
