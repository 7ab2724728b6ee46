package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Every action on every kind in every state, against the database: the allowed ones succeed and
 * move the petition where the state machine says; every other is refused with BAD_USER_INPUT
 * and reason INVALID_TRANSITION, and changes nothing.
 */
class PetitionWorkflowMatrixTest extends ApiTest {

    private static final UnitCode UNIT = UnitCode.of("00082");
    private static final Viewer LEADER =
            new Viewer("leader.matrix", "Lãnh đạo", Optional.of(UNIT), Set.of(Role.UNIT_LEADER), Set.of(), "test");

    @Autowired
    UnitDoor door;

    @Autowired
    PetitionWorkflow workflow;

    @Autowired
    PetitionTransfers transfers;

    @Autowired
    PetitionCalendar calendar;

    @Test
    void everyActionKindAndStateBehavesAsTheStateMachineSays() {
        List<String> mismatches = new ArrayList<>();
        int tried = 0;
        for (PetitionKind kind : PetitionKind.values()) {
            for (PetitionState state : PetitionState.values()) {
                for (PetitionAction action : PetitionAction.values()) {
                    long id = insert(kind, state);
                    String globalId = vn.hanoi.danvan.api.graphql.GlobalId.of(Petition.TYPE, UNIT, id)
                            .encode();
                    Throwable failure = catchThrowable(() -> perform(action, globalId));
                    boolean allowed = action.allows(kind, state);
                    tried++;
                    if (allowed && failure != null) {
                        mismatches.add(kind + " " + state + " " + action + " failed: " + failure.getMessage());
                    } else if (!allowed && !isInvalidTransition(failure)) {
                        mismatches.add(kind + " " + state + " " + action + " was not refused as invalid: " + failure);
                    } else if (allowed) {
                        PetitionState now = stateOf(id);
                        if (now != action.next(state)) {
                            mismatches.add(kind + " " + state + " " + action + " led to " + now);
                        }
                    } else if (stateOf(id) != state) {
                        mismatches.add(kind + " " + state + " " + action + " changed the state although refused");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(tried).isEqualTo(4 * 12 * PetitionAction.values().length);
    }

    private void perform(PetitionAction action, String id) {
        LocalDate today = calendar.today();
        ActionInput input = new ActionInput(
                "Lý do",
                "Ghi chú",
                "Quyết định giải quyết",
                today,
                null,
                null,
                null,
                null,
                null,
                "00004",
                "officer.other",
                "Cán bộ khác");
        if (action == PetitionAction.TRANSFER) {
            transfers.transfer(LEADER, id, 1, input);
        } else {
            workflow.act(LEADER, id, 1, action, input);
        }
    }

    private static boolean isInvalidTransition(Throwable failure) {
        return failure instanceof ApiException api
                && api.code() == ErrorCode.BAD_USER_INPUT
                && "INVALID_TRANSITION".equals(api.details().get("reason"));
    }

    /** A petition put straight into a state, with the dates and flags that state implies. */
    private long insert(PetitionKind kind, PetitionState state) {
        LocalDate today = calendar.today();
        return door.write(
                UNIT,
                unit -> unit.sql()
                        .sql("""
                        insert into petition (tracking_code, citizen_secret_hash, kind, channel, state, subject, matter,
                            search_text, matter_simhash, received_on, received_at, complex, especially_complex,
                            accepted_on, resolved_on, appealed_on, round, handler_subject)
                        values (:code, 'x', :kind, 'POST', :state, 'Ma trận', 'Ma trận trạng thái', 'ma tran', 0,
                            :received, now(), true, true, :accepted, :resolved, :appealed, :round, 'leader.matrix')
                        returning id
                        """)
                        .param("code", TrackingCodes.newCode(UNIT))
                        .param("kind", kind.name())
                        .param("state", state.name())
                        .param("received", today.minusDays(3))
                        .param(
                                "accepted",
                                Set.of(PetitionState.ACCEPTED, PetitionState.VERIFYING, PetitionState.SUSPENDED)
                                                .contains(state)
                                        ? today.minusDays(2)
                                        : null)
                        .param(
                                "resolved",
                                state == PetitionState.RESOLVED || state == PetitionState.CLOSED
                                        ? today.minusDays(1)
                                        : null)
                        .param("appealed", state == PetitionState.APPEALED ? today.minusDays(1) : null)
                        .param("round", state == PetitionState.APPEALED ? 2 : 1)
                        .query(Long.class)
                        .single());
    }

    private PetitionState stateOf(long id) {
        return door.read(
                UNIT,
                unit -> PetitionState.valueOf(unit.sql()
                        .sql("select state from petition where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single()));
    }
}
