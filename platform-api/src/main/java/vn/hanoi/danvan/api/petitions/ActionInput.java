package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller gives with a transition; each GraphQL input type fills the parts its transition
 * needs (a reason, a decision, a date, flags of complexity, a unit to transfer to, a handler).
 */
record ActionInput(
        String reason,
        String note,
        String decision,
        LocalDate on,
        Boolean complex,
        Boolean especiallyComplex,
        List<String> complexityReasons,
        Boolean remoteArea,
        Boolean severalSites,
        String toUnit,
        String handlerSubject,
        String handlerName) {

    static final ActionInput NONE =
            new ActionInput(null, null, null, null, null, null, null, null, null, null, null, null);
}
