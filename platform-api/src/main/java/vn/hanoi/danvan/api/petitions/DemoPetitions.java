package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.petitions.ReceivePetitionInput.PetitionerInput;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The embedded default's demo data goes in through here: the same intake, workflow, transfers
 * and citizen desk as the API, with the same checks, so the timeline, deadlines, oversight
 * facts and encrypted ID numbers are what real use leaves behind. What differs is only the
 * transaction: a {@link Desk} registers and moves many petitions of one unit in one. Exists
 * only under the {@code dev} profile.
 */
@Service
@Profile("dev")
public class DemoPetitions {

    /** One person behind a letter. */
    public record Person(String fullName, String address, String phone, String nationalId, boolean representative) {}

    /** A letter, visit or submission, as an officer would type it in. */
    public record Letter(
            List<PetitionKind> kinds,
            Channel channel,
            String subject,
            String matter,
            LocalDate receivedOn,
            List<Person> people,
            int groupSize,
            boolean remoteArea,
            boolean severalSites) {}

    /**
     * One transition: {@code on} dates the decisions that carry a date (acceptance, suspension,
     * resumption, resolution, appeal); {@code text} is the reason, decision or note it needs.
     */
    public record Step(PetitionAction action, LocalDate on, String text, boolean complex) {

        public static Step of(PetitionAction action, LocalDate on, String text) {
            return new Step(action, on, text, false);
        }
    }

    private final UnitDoor door;
    private final PlatformDoor platform;
    private final PetitionIntake intake;
    private final PetitionWorkflow workflow;
    private final PetitionTransfers transfers;
    private final CitizenDesk citizens;

    DemoPetitions(
            UnitDoor door,
            PlatformDoor platform,
            PetitionIntake intake,
            PetitionWorkflow workflow,
            PetitionTransfers transfers,
            CitizenDesk citizens) {
        this.door = door;
        this.platform = platform;
        this.intake = intake;
        this.workflow = workflow;
        this.transfers = transfers;
        this.citizens = citizens;
    }

    /** How many petitions the city's oversight facts hold, across all units. */
    public long recorded() {
        return platform.read(scope -> scope.sql()
                .sql("select count(*) from platform.petition_fact")
                .query(Long.class)
                .single());
    }

    /** Today in Hanoi, as the workflow sees it. */
    public LocalDate today() {
        return intake.today();
    }

    /** Work at the officer's unit's desk, in one transaction: all of it commits or none. */
    public <T> T atDesk(Viewer officer, Function<Desk, T> work) {
        return door.write(Staff.unitOf(officer), scope -> work.apply(new Desk(scope, officer)));
    }

    /** Forwards the petition to another unit (both sides in one transaction of their own). */
    public Petition transfer(Viewer officer, Petition petition, String toUnit, String reason) {
        ActionInput input = new ActionInput(reason, null, null, null, null, null, null, null, null, toUnit, null, null);
        return transfers.transfer(officer, PetitionIds.of(petition), petition.version(), input);
    }

    /** An officer's desk in one unit, inside one transaction. */
    public final class Desk {

        private final UnitScope scope;
        private final Viewer officer;
        private final Map<String, String> secrets = new HashMap<>();

        private Desk(UnitScope scope, Viewer officer) {
            this.scope = scope;
            this.officer = officer;
        }

        /** Registers the letter: one petition per kind, as {@code receivePetition} does. */
        public List<Petition> receive(Letter letter) {
            ReceivePetitionInput input = new ReceivePetitionInput(
                    letter.kinds(),
                    letter.channel(),
                    letter.subject(),
                    letter.matter(),
                    letter.receivedOn(),
                    letter.people().stream()
                            .map(p -> new PetitionerInput(
                                    p.fullName(), p.address(), p.phone(), p.nationalId(), p.representative()))
                            .toList(),
                    letter.groupSize(),
                    letter.remoteArea(),
                    letter.severalSites());
            ReceivedPetitions received = intake.register(scope, officer, intake.check(input), null, null, true);
            received.receipts().forEach(receipt -> secrets.put(receipt.trackingCode(), receipt.secret()));
            return received.petitions();
        }

        /** Applies one transition, with the checks the matching mutation makes. */
        public Petition act(Petition petition, Step step) {
            boolean resolves = step.action() == PetitionAction.RESOLVE;
            ActionInput input = new ActionInput(
                    resolves ? null : step.text(),
                    resolves ? null : step.text(),
                    resolves ? step.text() : null,
                    step.on(),
                    step.complex() ? Boolean.TRUE : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            return workflow.act(scope, officer, petition.id(), petition.version(), step.action(), input);
        }

        /** The citizen rates the answer with the secret from the receipt this desk handed out. */
        public void rate(Petition petition, int score) {
            citizens.rate(scope, petition.trackingCode(), secrets.get(petition.trackingCode()), score);
        }
    }
}
