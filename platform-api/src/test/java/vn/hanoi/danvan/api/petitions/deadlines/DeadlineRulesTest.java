package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hanoi.danvan.api.petitions.deadlines.Clock.ACCEPT;
import static vn.hanoi.danvan.api.petitions.deadlines.Clock.RESOLVE;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.COMPLAINT;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.DENUNCIATION;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static final LocalDate WATCHED_FROM = LocalDate.parse("2025-07-01");

    private final DeadlineRules rules = DeadlineRules.of(DeadlineRules.statutory());

    @Test
    void aComplaintReceivedTheDayBeforeTheAmendmentsKeepsTheTenDayAcceptanceRule() {
        // Law on Complaints 2011, art. 27, until 2026-06-30 inclusive.
        DeadlineRule rule =
                rules.find(COMPLAINT, ACCEPT, 1, LocalDate.parse("2026-06-30")).orElseThrow();

        assertThat(rule.counting()).isEqualTo(Counting.DAYS);
        assertThat(rule.days()).isEqualTo(10);
        assertThat(rule.legalBasis()).isEqualTo("Law on Complaints 2011, art. 27");
    }

    @Test
    void aComplaintReceivedOnTheDayTheAmendmentsTakeEffectGetsSevenWorkingDays() {
        // Decree 155/2026, for cases received from 2026-07-01.
        DeadlineRule rule =
                rules.find(COMPLAINT, ACCEPT, 1, LocalDate.parse("2026-07-01")).orElseThrow();

        assertThat(rule.counting()).isEqualTo(Counting.WORKING_DAYS);
        assertThat(rule.days()).isEqualTo(7);
        assertThat(rule.legalBasis()).startsWith("Decree 155/2026");
    }

    @Test
    void noRuleGovernsACaseReceivedBeforeItsLawTookEffect() {
        // The Law on Complaints 2011 took effect on 2012-07-01.
        assertThat(rules.find(COMPLAINT, ACCEPT, 1, LocalDate.parse("2012-06-30")))
                .isEmpty();
    }

    @Test
    void aDenunciationHasNoSecondRoundClock() {
        // DOMAIN.md gives no numbers for a further denunciation: none is invented.
        assertThat(rules.find(DENUNCIATION, RESOLVE, 2, LocalDate.parse("2026-07-01")))
                .isEmpty();
    }

    @Test
    void everyStatutoryRuleNamesTheArticleItComesFrom() {
        assertThat(DeadlineRules.statutory())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.legalBasis()).isNotBlank());
    }

    @Test
    void eachStatutoryClockHasExactlyOneRuleOnEveryDayFromJuly2025() {
        Map<String, List<DeadlineRule>> byClock = DeadlineRules.statutory().stream()
                .collect(Collectors.groupingBy(rule -> rule.kind() + " " + rule.clock() + " round " + rule.round()));

        assertThat(byClock).hasSize(8);
        byClock.forEach((clock, periods) -> {
            List<DeadlineRule> sorted = periods.stream()
                    .sorted(Comparator.comparing(DeadlineRule::effectiveFrom))
                    .toList();
            assertThat(sorted.getFirst().effectiveFrom()).as(clock).isBeforeOrEqualTo(WATCHED_FROM);
            assertThat(sorted.getLast().effectiveTo())
                    .as(clock + " stays in force")
                    .isNull();
            for (int i = 1; i < sorted.size(); i++) {
                // Contiguous periods: no gap and, since [from, to) is half open, no overlap.
                assertThat(sorted.get(i).effectiveFrom())
                        .as(clock + " period " + i)
                        .isEqualTo(sorted.get(i - 1).effectiveTo());
            }
        });
    }

    @Test
    void rulesThatOverlapForTheSameClockAreRefused() {
        DeadlineRule old = rule(LocalDate.parse("2012-07-01"), LocalDate.parse("2026-07-01"));
        DeadlineRule overlapping = rule(LocalDate.parse("2026-06-01"), null);

        assertThatThrownBy(() -> DeadlineRules.of(List.of(old, overlapping)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlapping");
    }

    @Test
    void aRuleMustEndAfterItStarts() {
        assertThatThrownBy(() -> rule(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DeadlineRule rule(LocalDate from, LocalDate to) {
        return new DeadlineRule(
                COMPLAINT,
                ACCEPT,
                1,
                Counting.DAYS,
                10,
                10,
                10,
                10,
                10,
                0,
                0,
                from,
                to,
                "Law on Complaints 2011, art. 27");
    }
}
