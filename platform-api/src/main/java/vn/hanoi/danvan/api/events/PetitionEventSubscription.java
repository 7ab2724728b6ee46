package vn.hanoi.danvan.api.events;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code petitionEvents}: the changes to the caller's own unit's petitions, for its staff. */
@Controller
class PetitionEventSubscription {

    private final PetitionEventBus bus;

    PetitionEventSubscription(PetitionEventBus bus) {
        this.bus = bus;
    }

    /** Who may subscribe is the access rule's; the unit whose notices they hear is theirs. */
    @SubscriptionMapping
    Flux<PetitionNotice> petitionEvents(@ContextValue Viewer viewer) {
        UnitCode unit = viewer.unit()
                .filter(viewer::worksIn)
                .orElseThrow(() -> ApiException.forbidden("Only a unit's staff follow its petitions."));
        return bus.of(unit);
    }
}
