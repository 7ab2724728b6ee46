package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.GlobalId;

/**
 * An open case past or near its deadline, as the city may see it: unit, id, kind, state and dates,
 * never a name, address, ID number or matter.
 */
record OverdueCase(
        String unitCode,
        String unitName,
        long petitionKey,
        String kind,
        String state,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate asOf) {

    static final String TYPE = "OverdueCase";

    /** Its own global id, which {@code node(id:)} gives again to a city supervisor. */
    public String id() {
        return GlobalId.of(TYPE, UnitCode.of(unitCode), petitionKey).encode();
    }

    /** The petition's global id: {@code node(id:)} opens it only for the unit's own staff. */
    public String petitionId() {
        return GlobalId.of("Petition", UnitCode.of(unitCode), petitionKey).encode();
    }

    public int daysOverdue() {
        return (int) ChronoUnit.DAYS.between(dueOn, asOf);
    }

    String cursor() {
        return dueOn + "|" + unitCode + "|" + petitionKey;
    }
}
