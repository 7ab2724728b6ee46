package vn.hanoi.danvan.api.receptions;

import graphql.TrivialDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The computed fields of sessions, entries, compliance verdicts and reports: plain functions of
 * the row, wired as trivial data fetchers, so a month's calendar pays no controller invocation
 * or context propagation per field of each session.
 */
@Component
class ReceptionFields implements RuntimeWiringConfigurer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type(
                "ReceptionSession",
                type -> type.dataFetcher(
                                "id",
                                field(
                                        ReceptionSession.class,
                                        s -> ReceptionStaff.idOf(ReceptionSession.TYPE, s.unit(), s.id())))
                        .dataFetcher(
                                "unitCode",
                                field(ReceptionSession.class, s -> s.unit().value()))
                        .dataFetcher("startsAt", field(ReceptionSession.class, s -> time(s.startsAt())))
                        .dataFetcher("endsAt", field(ReceptionSession.class, s -> time(s.endsAt())))
                        .dataFetcher("countsFor", field(ReceptionSession.class, ReceptionFields::countsFor)));
        wiring.type(
                "ReceptionEntry",
                type -> type.dataFetcher(
                                "id",
                                field(
                                        ReceptionEntry.class,
                                        e -> ReceptionStaff.idOf(ReceptionEntry.TYPE, e.unit(), e.id())))
                        .dataFetcher(
                                "unitCode",
                                field(ReceptionEntry.class, e -> e.unit().value()))
                        .dataFetcher("groupEntry", field(ReceptionEntry.class, ReceptionEntry::groupEntry)));
        wiring.type(
                "ReceptionConclusionNotice",
                type -> type.dataFetcher(
                                "id",
                                field(
                                        ConclusionNotice.class,
                                        n -> ReceptionStaff.idOf("ReceptionConclusionNotice", n.unit(), n.id())))
                        .dataFetcher(
                                "entryIds",
                                field(
                                        ConclusionNotice.class,
                                        n -> n.entryIds().stream()
                                                .map(id -> ReceptionStaff.idOf(ReceptionEntry.TYPE, n.unit(), id))
                                                .toList())));
        wiring.type(
                "ReceptionCompliance",
                type -> type.dataFetcher(
                                "unitCode",
                                field(Compliance.Month.class, m -> m.unit().value()))
                        .dataFetcher("met", field(Compliance.Month.class, Compliance.Month::met)));
        wiring.type(
                "OfficeCompliance",
                type -> type.dataFetcher(
                                "requiredDays", field(Compliance.Office.class, Compliance.Office::requiredDays))
                        .dataFetcher("heldDays", field(Compliance.Office.class, Compliance.Office::heldDays))
                        .dataFetcher("met", field(Compliance.Office.class, Compliance.Office::met))
                        .dataFetcher("shortPeriods", field(Compliance.Office.class, Compliance.Office::shortPeriods)));
        wiring.type(
                "CompliancePeriod",
                type -> type.dataFetcher("met", field(Compliance.Span.class, Compliance.Span::met)));
        wiring.type(
                "ReceptionReport",
                type -> type.dataFetcher(
                        "shareResolved", field(ReceptionReport.class, ReceptionReport::shareResolved)));
    }

    private static <T> TrivialDataFetcher<Object> field(Class<T> source, Function<T, Object> value) {
        return environment -> value.apply(source.cast(environment.getSource()));
    }

    private static String time(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    /** The duty a session counts for: held, and presided by the leader in person. */
    private static LeaderOffice countsFor(ReceptionSession session) {
        return session.status() == SessionStatus.HELD
                ? session.presiderOffice().countsFor().orElse(null)
                : null;
    }
}
