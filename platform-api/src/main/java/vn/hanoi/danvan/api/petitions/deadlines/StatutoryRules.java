package vn.hanoi.danvan.api.petitions.deadlines;

import static vn.hanoi.danvan.api.petitions.deadlines.Clock.ACCEPT;
import static vn.hanoi.danvan.api.petitions.deadlines.Clock.REPLY;
import static vn.hanoi.danvan.api.petitions.deadlines.Clock.RESOLVE;
import static vn.hanoi.danvan.api.petitions.deadlines.Counting.DAYS;
import static vn.hanoi.danvan.api.petitions.deadlines.Counting.WORKING_DAYS;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.COMPLAINT;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.DENUNCIATION;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.RECOMMENDATION;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.REFLECTION;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory clocks as DOMAIN.md states them. Each row starts the day its law took effect; the
 * complaint rows are split at 2026-07-01 so each rule set is explicit even where the numbers stay.
 * Kept in step with the seed changeset by {@code SeedChangelogTest}.
 */
final class StatutoryRules {

    /** Law on Complaints 2011 (02/2011/QH13) in force. */
    static final LocalDate COMPLAINTS_LAW = LocalDate.of(2012, 7, 1);
    /** Law on Citizen Reception 2013 (42/2013/QH13) in force. */
    static final LocalDate CITIZEN_RECEPTION_LAW = LocalDate.of(2014, 7, 1);
    /** Law on Denunciation 2018 (25/2018/QH14) in force. */
    static final LocalDate DENUNCIATION_LAW = LocalDate.of(2019, 1, 1);
    /** Law 136/2025/QH15 and Decrees 154–156/2026 in force. */
    static final LocalDate AMENDMENTS_2026 = LocalDate.of(2026, 7, 1);

    private static final String AMENDED = " (rule set of Law 136/2025/QH15, from 2026-07-01)";
    private static final String DECREE_155 = "Decree 155/2026" + AMENDED;

    static final List<DeadlineRule> ROWS = List.of(
            flat(COMPLAINT, ACCEPT, 1, DAYS, 10, COMPLAINTS_LAW, AMENDMENTS_2026, "Law on Complaints 2011, art. 27"),
            flat(COMPLAINT, ACCEPT, 1, WORKING_DAYS, 7, AMENDMENTS_2026, null, DECREE_155),
            flat(COMPLAINT, ACCEPT, 2, DAYS, 10, COMPLAINTS_LAW, AMENDMENTS_2026, "Law on Complaints 2011, art. 36"),
            flat(COMPLAINT, ACCEPT, 2, WORKING_DAYS, 7, AMENDMENTS_2026, null, DECREE_155),
            complaintResolution(1, 30, 45, 45, 60, COMPLAINTS_LAW, AMENDMENTS_2026, "Law on Complaints 2011, art. 28"),
            complaintResolution(1, 30, 45, 45, 60, AMENDMENTS_2026, null, "Law on Complaints 2011, art. 28" + AMENDED),
            complaintResolution(2, 45, 60, 60, 70, COMPLAINTS_LAW, AMENDMENTS_2026, "Law on Complaints 2011, art. 37"),
            complaintResolution(2, 45, 60, 60, 70, AMENDMENTS_2026, null, "Law on Complaints 2011, art. 37" + AMENDED),
            // Several sites to check give 10 working days instead of 7; complexity does not change this clock.
            denunciation(ACCEPT, WORKING_DAYS, 7, 10, 0, 0, "Law on Denunciation 2018, art. 24"),
            // Thirty days, then one 30-day extension if complex or two if especially complex, each a decision.
            denunciation(RESOLVE, DAYS, 30, 30, 2, 30, "Law on Denunciation 2018, art. 30"),
            reply(RECOMMENDATION),
            reply(REFLECTION));

    private StatutoryRules() {}

    /** A clock the law gives one length whatever the case's flags. */
    private static DeadlineRule flat(
            PetitionKind kind, Clock clock, int round, Counting by, int n, LocalDate from, LocalDate to, String basis) {
        return new DeadlineRule(kind, clock, round, by, n, n, n, n, n, 0, 0, from, to, basis);
    }

    /** Complaint resolution: longer for complex cases and remote areas; no extensions. */
    private static DeadlineRule complaintResolution(
            int round, int n, int complex, int remote, int both, LocalDate from, LocalDate to, String basis) {
        return new DeadlineRule(COMPLAINT, RESOLVE, round, DAYS, n, complex, remote, both, n, 0, 0, from, to, basis);
    }

    /** Denunciation clocks: several sites lengthen acceptance, extension decisions lengthen resolution. */
    private static DeadlineRule denunciation(
            Clock clock, Counting counting, int n, int sites, int extensions, int extensionDays, String basis) {
        LocalDate from = DENUNCIATION_LAW;
        return new DeadlineRule(
                DENUNCIATION, clock, 1, counting, n, n, n, n, sites, extensions, extensionDays, from, null, basis);
    }

    /** Answering a recommendation or reflection: 10 working days, whatever the case. */
    private static DeadlineRule reply(PetitionKind kind) {
        String basis = "Law on Citizen Reception 2013, art. 28";
        return flat(kind, REPLY, 1, WORKING_DAYS, 10, CITIZEN_RECEPTION_LAW, null, basis);
    }
}
