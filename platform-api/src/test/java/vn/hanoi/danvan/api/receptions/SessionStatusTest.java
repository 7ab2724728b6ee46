package vn.hanoi.danvan.api.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStatusTest {

    @Test
    void onlyAPlannedSessionIsHeldOrCancelledAndNothingMovesAfterwards() {
        for (SessionStatus from : SessionStatus.values()) {
            for (SessionStatus to : SessionStatus.values()) {
                boolean expected = from == SessionStatus.PLANNED && to != SessionStatus.PLANNED;
                assertThat(from.mayBecome(to)).as(from + " -> " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyTheChairmanAndTheSecretaryInPersonCountForTheirDuty() {
        for (PresiderOffice office : PresiderOffice.values()) {
            assertThat(office.countsFor())
                    .as(office.name())
                    .isEqualTo(
                            switch (office) {
                                case CHAIRMAN -> Optional.of(LeaderOffice.CHAIRMAN);
                                case PARTY_SECRETARY -> Optional.of(LeaderOffice.PARTY_SECRETARY);
                                default -> Optional.empty();
                            });
        }
    }
}
