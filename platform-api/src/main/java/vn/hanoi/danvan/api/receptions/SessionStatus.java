package vn.hanoi.danvan.api.receptions;

/** Where a session stands: planned, held, or cancelled with a reason. Only a planned one moves. */
public enum SessionStatus {
    PLANNED,
    HELD,
    CANCELLED;

    boolean mayBecome(SessionStatus next) {
        return this == PLANNED && next != PLANNED;
    }
}
