package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/**
 * The whole state machine, written out by hand: for each action, the states it is allowed in,
 * for complaints and denunciations (C/D) and for recommendations and reflections (R). Every
 * other pair must be refused.
 */
class PetitionActionTest {

    // action              | allowed from, for C/D                                       | for R
    private static final String MATRIX = """
            CLASSIFY           | RECEIVED                                                    | RECEIVED
            ACCEPT             | RECEIVED CLASSIFIED APPEALED                                | -
            REJECT             | RECEIVED CLASSIFIED APPEALED                                | RECEIVED CLASSIFIED APPEALED
            TRANSFER           | RECEIVED CLASSIFIED                                         | RECEIVED CLASSIFIED
            GUIDE              | RECEIVED CLASSIFIED                                         | RECEIVED CLASSIFIED
            START_VERIFICATION | ACCEPTED                                                    | -
            SUSPEND            | ACCEPTED VERIFYING                                          | -
            RESUME             | SUSPENDED                                                   | -
            EXTEND             | ACCEPTED VERIFYING (denunciation only)                      | -
            RESOLVE            | ACCEPTED VERIFYING                                          | RECEIVED CLASSIFIED
            APPEAL             | RESOLVED                                                    | -
            WITHDRAW           | RECEIVED CLASSIFIED ACCEPTED VERIFYING SUSPENDED APPEALED   | RECEIVED CLASSIFIED ACCEPTED VERIFYING SUSPENDED APPEALED
            CLOSE              | RESOLVED REJECTED GUIDED TRANSFERRED WITHDRAWN              | RESOLVED REJECTED GUIDED TRANSFERRED WITHDRAWN
            ASSIGN_HANDLER     | RECEIVED CLASSIFIED ACCEPTED VERIFYING SUSPENDED APPEALED RESOLVED | RECEIVED CLASSIFIED ACCEPTED VERIFYING SUSPENDED APPEALED RESOLVED
            """;

    @Test
    void everyActionKindAndStateIsAllowedExactlyAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.split("\\|");
            PetitionAction action = PetitionAction.valueOf(cells[0].strip());
            for (PetitionKind kind : PetitionKind.values()) {
                boolean decided = kind == PetitionKind.COMPLAINT || kind == PetitionKind.DENUNCIATION;
                String allowed = decided ? cells[1] : cells[2];
                boolean denunciationOnly = allowed.contains("(denunciation only)");
                for (PetitionState state : PetitionState.values()) {
                    boolean expected = List.of(allowed.strip().split("\\s+")).contains(state.name())
                            && (!denunciationOnly || kind == PetitionKind.DENUNCIATION);
                    checked++;
                    if (action.allows(kind, state) != expected) {
                        mismatches.add(action + " " + kind + " " + state + ": expected " + expected);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(PetitionAction.values().length * 4 * 12);
    }

    @Test
    void actionsLeadToTheirStateOrLeaveItAsItWas() {
        assertThat(PetitionAction.ACCEPT.next(PetitionState.CLASSIFIED)).isEqualTo(PetitionState.ACCEPTED);
        assertThat(PetitionAction.RESUME.next(PetitionState.SUSPENDED)).isEqualTo(PetitionState.VERIFYING);
        assertThat(PetitionAction.APPEAL.next(PetitionState.RESOLVED)).isEqualTo(PetitionState.APPEALED);
        assertThat(PetitionAction.EXTEND.next(PetitionState.VERIFYING)).isEqualTo(PetitionState.VERIFYING);
        assertThat(PetitionAction.ASSIGN_HANDLER.next(PetitionState.ACCEPTED)).isEqualTo(PetitionState.ACCEPTED);
    }

    @Test
    void closedIsTheEnd() {
        for (PetitionAction action : PetitionAction.values()) {
            for (PetitionKind kind : PetitionKind.values()) {
                assertThat(action.allows(kind, PetitionState.CLOSED)).isFalse();
            }
        }
    }
}
