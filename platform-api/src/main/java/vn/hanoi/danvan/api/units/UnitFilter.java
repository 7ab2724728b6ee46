package vn.hanoi.danvan.api.units;

import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.admin.UnitStatus;

/**
 * Narrows {@code units}: by kind, by status, and by name, accent-insensitively ("hoan kiem"
 * finds "Phường Hoàn Kiếm").
 */
record UnitFilter(UnitKind kind, UnitStatus status, String search) {

    static final UnitFilter NONE = new UnitFilter(null, null, null);
}
