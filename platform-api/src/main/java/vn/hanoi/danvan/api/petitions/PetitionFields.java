package vn.hanoi.danvan.api.petitions;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.petitions.PetitionViews.DeadlineView;
import vn.hanoi.danvan.api.petitions.PetitionViews.HandlerView;
import vn.hanoi.danvan.api.petitions.PetitionViews.PetitionerView;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/**
 * The fields of {@code Petition} that every row of a list asks for (id, unit, handler, deadline,
 * days left, overdue, petitioners): plain functions of the row or of what the list read with it,
 * wired as trivial data fetchers, so a page of fifty pays no controller invocation, context
 * propagation or observation per field.
 */
@Component
class PetitionFields implements RuntimeWiringConfigurer {

    /** The DataLoader of petitioners for petitions read one at a time. */
    static final String PETITIONERS = "petitioners";

    private final PetitionCalendar calendar;

    PetitionFields(PetitionCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
        wiring.type(
                "Petition",
                type -> type.dataFetcher("id", field(PetitionIds::of))
                        .dataFetcher(
                                "unitCode", field(petition -> petition.unit().value()))
                        .dataFetcher("handler", field(PetitionFields::handler))
                        .dataFetcher("deadline", field(this::deadline))
                        .dataFetcher("overdue", field(this::overdue))
                        .dataFetcher("daysLeft", field(this::daysLeft))
                        .dataFetcher("petitioners", (TrivialDataFetcher<Object>) PetitionFields::petitioners));
    }

    private static TrivialDataFetcher<Object> field(Function<Petition, Object> value) {
        return environment -> value.apply(environment.getSource());
    }

    /**
     * A list brought its page's petitioners along (its local context); a petition read on its own
     * gets them from the per-request batch.
     */
    private static Object petitioners(DataFetchingEnvironment environment) {
        Petition petition = environment.getSource();
        if (environment.getLocalContext() instanceof PetitionList list) {
            List<PetitionerView> people = list.petitionersOf(petition);
            if (people != null) {
                return people;
            }
        }
        return environment.getDataLoader(PETITIONERS).load(petition);
    }

    private static HandlerView handler(Petition petition) {
        return petition.handlerSubject() == null
                ? null
                : new HandlerView(petition.handlerSubject(), petition.handlerName());
    }

    /** The running clock, from the stored due date: no query per petition in a list. */
    private DeadlineView deadline(Petition petition) {
        if (petition.dueOn() == null || !petition.isOpen()) {
            return null;
        }
        return calendar.deadlineOf(petition, List.of())
                .map(clock -> new DeadlineView(
                        clock.clock(),
                        petition.dueOn(),
                        daysLeft(petition),
                        overdue(petition),
                        petition.state() == PetitionState.SUSPENDED,
                        clock.legalBasis()))
                .orElse(null);
    }

    /** A suspended case's clock is paused: it is not overdue while suspended. */
    private boolean overdue(Petition petition) {
        return petition.isOpen()
                && petition.state() != PetitionState.SUSPENDED
                && petition.dueOn() != null
                && calendar.today().isAfter(petition.dueOn());
    }

    private Integer daysLeft(Petition petition) {
        if (petition.dueOn() == null || !petition.isOpen()) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(calendar.today(), petition.dueOn());
    }
}
