package vn.hanoi.danvan.admin;

/** No living unit has this code in the registry. */
public class UnitNotFoundException extends RuntimeException {

    public UnitNotFoundException(UnitCode code) {
        super("No unit with code " + code + " is registered.");
    }
}
