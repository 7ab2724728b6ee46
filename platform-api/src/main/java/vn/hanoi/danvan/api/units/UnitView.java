package vn.hanoi.danvan.api.units;

import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.admin.UnitStatus;
import vn.hanoi.danvan.api.graphql.GlobalId;

/** A commune-level unit as the API shows it (GraphQL type {@code Unit}). */
record UnitView(String code, String name, String slug, UnitKind kind, UnitStatus status) {

    static final String TYPE = "Unit";

    static UnitView of(Unit unit) {
        return new UnitView(unit.code().value(), unit.name(), unit.slug(), unit.kind(), unit.status());
    }

    String id() {
        return GlobalId.ofCityLevel(TYPE, code).encode();
    }
}
