package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory deadline a petition is running against today: which clock runs in its state, from which
 * day, how long the rule in force on its receipt day gives it, and how suspensions push it back.
 *
 * <p>Clocks by state: a complaint or denunciation that is received or classified must be accepted or
 * rejected (ACCEPT, from receipt); once accepted, verifying or suspended it must be resolved (RESOLVE,
 * from acceptance); an appealed complaint must be accepted again (ACCEPT of round 2, from the appeal).
 * A recommendation or reflection must be answered (REPLY, from receipt) until it is resolved. Other
 * states, and kinds the rule table gives no clock for (a further denunciation), run no clock.
 */
public final class PetitionDeadlines {

    private final DeadlineRules rules;
    private final WorkingCalendar calendar;

    public PetitionDeadlines(DeadlineRules rules, WorkingCalendar calendar) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @throws IllegalArgumentException if the facts lack the day the running clock starts from, or record
     *     more extensions than {@link #allowedExtensions} allows
     */
    public Optional<Deadline> current(CaseFacts facts, LocalDate today) {
        return runningClock(facts)
                .flatMap(running -> rule(facts, running).map(rule -> deadline(facts, running, rule, today)));
    }

    /**
     * How many extension decisions a case's resolution may take: one if complex, two if especially
     * complex, never more than the rule allows (Law on Denunciation 2018, art. 30); none for clocks the
     * law does not let extend.
     */
    public int allowedExtensions(CaseFacts facts) {
        return rules.find(facts.kind(), Clock.RESOLVE, facts.round(), facts.receivedOn())
                .map(rule -> allowedExtensions(rule, facts))
                .orElse(0);
    }

    private record Running(Clock clock, int round, LocalDate start) {}

    private static Optional<Running> runningClock(CaseFacts facts) {
        boolean answered = facts.kind() == PetitionKind.RECOMMENDATION || facts.kind() == PetitionKind.REFLECTION;
        return switch (facts.state()) {
            case RECEIVED, CLASSIFIED ->
                Optional.of(new Running(answered ? Clock.REPLY : Clock.ACCEPT, facts.round(), facts.receivedOn()));
            case ACCEPTED, VERIFYING ->
                Optional.of(answered ? new Running(Clock.REPLY, facts.round(), facts.receivedOn()) : resolution(facts));
            case SUSPENDED -> answered ? Optional.empty() : Optional.of(resolution(facts));
            case APPEALED ->
                answered
                        ? Optional.empty()
                        : Optional.of(new Running(Clock.ACCEPT, 2, required(facts.appealedOn(), "appealedOn")));
            case TRANSFERRED, GUIDED, REJECTED, RESOLVED, WITHDRAWN, CLOSED -> Optional.empty();
        };
    }

    private static Running resolution(CaseFacts facts) {
        return new Running(Clock.RESOLVE, facts.round(), required(facts.acceptedOn(), "acceptedOn"));
    }

    /**
     * The rule in force on the day the case was received, in every round: DOMAIN.md keeps a case on the
     * rule set it came in under. Should a second round be governed by its appeal day instead, this is the
     * one place to change.
     */
    private Optional<DeadlineRule> rule(CaseFacts facts, Running running) {
        return rules.find(facts.kind(), running.clock(), running.round(), facts.receivedOn());
    }

    private Deadline deadline(CaseFacts facts, Running running, DeadlineRule rule, LocalDate today) {
        int days = periodDays(rule, facts) + pausedDays(rule, facts, running.start(), today);
        LocalDate due = rule.counting().end(calendar, running.start(), days);
        return new Deadline(running.clock(), due, facts.state() == PetitionState.SUSPENDED, rule.legalBasis());
    }

    /**
     * The period the case's flags select. A flag never shortens a period: the rule table holds the base
     * days in the columns of flags the law ignores for that clock.
     */
    private static int periodDays(DeadlineRule rule, CaseFacts facts) {
        boolean complex = facts.complex() || facts.especiallyComplex();
        int days;
        if (facts.remoteArea()) {
            days = complex ? rule.remoteComplexDays() : rule.remoteDays();
        } else {
            days = complex ? rule.complexDays() : rule.days();
        }
        if (facts.severalSites()) {
            days = Math.max(days, rule.severalSitesDays());
        }
        if (rule.clock() != Clock.RESOLVE) {
            return days;
        }
        // Extensions lengthen only a resolution; recording more than the law allows is a data error.
        if (facts.extensionsGranted() > allowedExtensions(rule, facts)) {
            throw new IllegalArgumentException("%d extensions recorded, %d allowed (%s)"
                    .formatted(facts.extensionsGranted(), allowedExtensions(rule, facts), rule.legalBasis()));
        }
        return days + facts.extensionsGranted() * rule.extensionDays();
    }

    private static int allowedExtensions(DeadlineRule rule, CaseFacts facts) {
        int byComplexity = facts.especiallyComplex() ? 2 : facts.complex() ? 1 : 0;
        return Math.min(rule.maxExtensions(), byComplexity);
    }

    /**
     * Days the clock stood still. Only suspensions decided on or after the clock started count: an
     * earlier one paused an earlier clock (the first round's resolution, say). An ongoing suspension
     * counts up to today.
     */
    private int pausedDays(DeadlineRule rule, CaseFacts facts, LocalDate start, LocalDate today) {
        int paused = 0;
        for (Suspension suspension : facts.suspensions()) {
            if (!suspension.from().isBefore(start)) {
                paused += rule.counting().span(calendar, suspension.from(), suspension.endOr(today));
            }
        }
        return paused;
    }

    private static LocalDate required(LocalDate day, String name) {
        if (day == null) {
            throw new IllegalArgumentException(name + " is required for the clock that runs in this state");
        }
        return day;
    }
}
