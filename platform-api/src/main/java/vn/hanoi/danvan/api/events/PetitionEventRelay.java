package vn.hanoi.danvan.api.events;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.petitions.PetitionEventRecorded;

/** Passes a petition's change on to subscribers once its transaction has committed, never before. */
@Component
class PetitionEventRelay {

    private final PetitionEventBus bus;

    PetitionEventRelay(PetitionEventBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener
    void committed(PetitionEventRecorded event) {
        bus.publish(new PetitionNotice(
                event.unit().value(),
                GlobalId.of("Petition", event.unit(), event.petitionId()).encode(),
                event.action(),
                event.fromState(),
                event.toState(),
                event.at()));
    }
}
