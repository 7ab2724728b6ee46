package vn.hanoi.danvan.api.tenancy;

import vn.hanoi.danvan.admin.UnitCode;

/** The unit exists but is not serving: still provisioning, suspended or archived. */
public class UnitUnavailableException extends RuntimeException {

    public UnitUnavailableException(UnitCode code) {
        super("Unit " + code + " is not serving at the moment.");
    }
}
