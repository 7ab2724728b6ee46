package vn.hanoi.danvan.api.oversight;

import vn.hanoi.danvan.admin.UnitKind;

/**
 * One unit's figures over a period, without personal data: petitions, citizen receptions and
 * directive tasks, each from its own PII-free facts, one per-unit source in
 * {@link ScorecardQueries}.
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

    /**
     * Tiếp công dân: the period's sessions, and the days the frequency rules required of the
     * chairman (Law on Citizen Reception 2013, arts. 15(3), 18; Law 136/2025/QH15 from 2026-07-01)
     * and the Party secretary (Regulation 11-QĐi/TW, art. 4) against the days they kept, over the
     * weeks and months that have ended; see {@link ReceptionFigures}.
     */
    record ReceptionCompliance(
            int sessionsHeld,
            int sessionsCancelled,
            int sessionsRequired,
            int requiredDaysMet,
            int monthsJudged,
            int monthsMet) {

        public Double complianceRate() {
            return Ratios.of(requiredDaysMet, sessionsRequired);
        }
    }

    /**
     * Directive task assignments whose deadline falls in the period: done, done late, and open with
     * a report overdue today; see {@link DirectiveFigures}.
     */
    record DirectiveProgress(int assigned, int completed, int completedLate, int overdueOpen) {

        public int late() {
            return completedLate + overdueOpen;
        }

        public Double completionRate() {
            return Ratios.of(completed, assigned);
        }
    }

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
