package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One effective-dated row of the statutory clock table ({@code platform.deadline_rule}): how many days a
 * clock gives for a kind and round, and the variants the law allows. Where the law makes no difference
 * for a flag, its column holds the base {@code days}.
 *
 * @param round 1, or 2 for a second-round complaint (Law on Complaints 2011, arts. 36–37)
 * @param complexDays for a complex case (vụ việc phức tạp)
 * @param remoteDays for a remote, hard-to-reach area (vùng sâu, vùng xa đi lại khó khăn)
 * @param remoteComplexDays for a complex case in a remote area
 * @param severalSitesDays for a denunciation whose facts must be checked at several sites (Law on
 *     Denunciation 2018, art. 24)
 * @param maxExtensions how many extension decisions the law allows at most (Law on Denunciation 2018,
 *     art. 30: two, for an especially complex case)
 * @param extensionDays the length of each extension
 * @param effectiveFrom the first receipt day the rule governs
 * @param effectiveTo the first receipt day it no longer governs; null while in force
 * @param legalBasis the article the numbers come from, shown to staff next to the deadline
 */
public record DeadlineRule(
        PetitionKind kind,
        Clock clock,
        int round,
        Counting counting,
        int days,
        int complexDays,
        int remoteDays,
        int remoteComplexDays,
        int severalSitesDays,
        int maxExtensions,
        int extensionDays,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String legalBasis) {

    public DeadlineRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (round < 1 || round > 2) {
            throw new IllegalArgumentException("round must be 1 or 2: " + round);
        }
        if (days <= 0 || maxExtensions < 0 || extensionDays < 0) {
            throw new IllegalArgumentException(
                    "days must be positive and extensions not negative: " + kind + " " + clock);
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(
                    "effectiveTo must follow effectiveFrom: " + effectiveFrom + ", " + effectiveTo);
        }
    }

    /** Whether a case received on {@code day} is governed by this rule. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    boolean sameClockAs(DeadlineRule other) {
        return kind == other.kind && clock == other.clock && round == other.round;
    }

    boolean overlaps(DeadlineRule other) {
        boolean startsBeforeOtherEnds = other.effectiveTo == null || effectiveFrom.isBefore(other.effectiveTo);
        boolean otherStartsBeforeThisEnds = effectiveTo == null || other.effectiveFrom.isBefore(effectiveTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
