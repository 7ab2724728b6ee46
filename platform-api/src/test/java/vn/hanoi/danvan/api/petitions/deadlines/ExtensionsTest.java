package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Extensions of a denunciation's resolution (Law on Denunciation 2018, art. 30): one of up to 30 days if
 * complex, two if especially complex, each a recorded decision. Complaints have none.
 */
class ExtensionsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-04-01");

    private final PetitionDeadlines deadlines =
            new PetitionDeadlines(DeadlineRules.of(DeadlineRules.statutory()), OfficialDays.calendar());

    @Test
    void aPlainDenunciationMayNotBeExtended() {
        assertThat(deadlines.allowedExtensions(denunciation().build())).isZero();
    }

    @Test
    void aComplexDenunciationMayBeExtendedOnce() {
        assertThat(deadlines.allowedExtensions(denunciation().complex().build()))
                .isEqualTo(1);
    }

    @Test
    void anEspeciallyComplexDenunciationMayBeExtendedTwice() {
        assertThat(deadlines.allowedExtensions(
                        denunciation().especiallyComplex().build()))
                .isEqualTo(2);
    }

    @Test
    void aComplaintIsNeverExtended() {
        // Law on Complaints 2011, arts. 28, 37: longer periods for complex cases instead of extensions.
        CaseFacts complaint = Facts.complaint()
                .in(PetitionState.ACCEPTED)
                .received("2026-03-02")
                .accepted("2026-03-10")
                .especiallyComplex()
                .build();

        assertThat(deadlines.allowedExtensions(complaint)).isZero();
    }

    @Test
    void aThirdExtensionIsRefused() {
        CaseFacts facts = denunciation().especiallyComplex().extensions(3).build();

        assertThatThrownBy(() -> deadlines.current(facts, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 extensions recorded, 2 allowed");
    }

    @Test
    void aSecondExtensionOfAMerelyComplexCaseIsRefused() {
        CaseFacts facts = denunciation().complex().extensions(2).build();

        assertThatThrownBy(() -> deadlines.current(facts, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 extensions recorded, 1 allowed");
    }

    private static Facts denunciation() {
        return Facts.denunciation()
                .in(PetitionState.VERIFYING)
                .received("2026-03-02")
                .accepted("2026-03-10");
    }
}
