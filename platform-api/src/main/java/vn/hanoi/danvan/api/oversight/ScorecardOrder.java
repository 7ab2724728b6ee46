package vn.hanoi.danvan.api.oversight;

import java.util.Comparator;
import java.util.function.Function;

/** What scorecards are ranked by; a unit without a value (nothing resolved, say) comes last. */
enum ScorecardOrder {
    UNIT_CODE(Scorecard::unitCode),
    RECEIVED(Scorecard::received),
    OPEN_BACKLOG(Scorecard::openBacklog),
    OVERDUE(Scorecard::overdue),
    ON_TIME_RATE(Scorecard::onTimeRate),
    MEDIAN_DAYS_TO_RESOLVE(Scorecard::medianDaysToResolve),
    SATISFACTION(Scorecard::satisfactionMean),
    ONLINE_SHARE(Scorecard::onlineShare),
    RECEPTION_COMPLIANCE(card -> card.receptions().complianceRate()),
    DIRECTIVE_COMPLETION(card -> card.directives().completionRate()),
    DIRECTIVES_LATE(card -> card.directives().late());

    private final Function<Scorecard, Comparable<?>> value;

    ScorecardOrder(Function<Scorecard, Comparable<?>> value) {
        this.value = value;
    }

    /** The order, ties broken by unit code, units without a value last in either direction. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Scorecard> comparator(SortDirection direction) {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> directed = direction == SortDirection.DESC ? natural.reversed() : natural;
        Comparator<Scorecard> byValue =
                Comparator.comparing(card -> (Comparable) value.apply(card), Comparator.nullsLast(directed));
        return byValue.thenComparing(Scorecard::unitCode);
    }
}
