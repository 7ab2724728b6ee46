package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The effective-dated clock table. A case keeps the rule set in force on the day it was received, so the
 * amendments of Law 136/2025/QH15 and Decrees 154–156/2026 (from 2026-07-01) govern only cases received
 * from that day on.
 */
public final class DeadlineRules {

    private final List<DeadlineRule> rules;

    private DeadlineRules(List<DeadlineRule> rules) {
        this.rules = rules;
    }

    /**
     * @throws IllegalArgumentException if two rules for the same kind, clock and round are in force on the
     *     same day: the table must give one answer
     */
    public static DeadlineRules of(List<DeadlineRule> rules) {
        List<DeadlineRule> copy = List.copyOf(rules);
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                DeadlineRule a = copy.get(i);
                DeadlineRule b = copy.get(j);
                if (a.sameClockAs(b) && a.overlaps(b)) {
                    throw new IllegalArgumentException("overlapping rules: " + a + " and " + b);
                }
            }
        }
        return new DeadlineRules(copy);
    }

    /** The rule for a case received on {@code receivedOn}; empty when the law gives that kind no such clock. */
    public Optional<DeadlineRule> find(PetitionKind kind, Clock clock, int round, LocalDate receivedOn) {
        return rules.stream()
                .filter(rule -> rule.kind() == kind && rule.clock() == clock && rule.round() == round)
                .filter(rule -> rule.inForceOn(receivedOn))
                .findFirst();
    }

    /** The statutory rules, the same rows as the seed changeset {@code 003-seed-rules-and-holidays.sql}. */
    public static List<DeadlineRule> statutory() {
        return StatutoryRules.ROWS;
    }
}
