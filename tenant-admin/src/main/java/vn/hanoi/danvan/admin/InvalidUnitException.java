package vn.hanoi.danvan.admin;

/** A unit code, schema name or unit definition that is not acceptable; nothing was written. */
public class InvalidUnitException extends IllegalArgumentException {

    public InvalidUnitException(String message) {
        super(message);
    }
}
