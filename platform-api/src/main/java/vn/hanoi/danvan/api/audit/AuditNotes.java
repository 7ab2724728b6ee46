package vn.hanoi.danvan.api.audit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * The audit of one GraphQL request: who, which operation, whether it is a mutation, how many
 * records' confidential fields it disclosed, and whether its row is written. Features tell it
 * of a disclosure in the transaction that records it (the unit's {@code confidential_read}),
 * through {@link #confidentialRead(int)}, on the request's own thread.
 */
public final class AuditNotes {

    private static final ThreadLocal<AuditNotes> ON_THIS_THREAD = new ThreadLocal<>();

    private final Viewer viewer;
    private final String operation;
    private final boolean mutation;
    private final AtomicInteger confidentialReads = new AtomicInteger();
    private final AtomicBoolean written = new AtomicBoolean();
    private volatile boolean ended;

    AuditNotes(Viewer viewer, String operation, boolean mutation) {
        this.viewer = viewer;
        this.operation = operation;
        this.mutation = mutation;
    }

    /**
     * Records that confidential fields (a denouncer's identity, a confidential visitor's) of
     * {@code count} records are disclosed to the request running on this thread (Law on
     * Denunciation 2018, art. 47): the request gets its audit row, in this transaction if one
     * is open through the unit door.
     */
    public static void confidentialRead(int count) {
        AuditNotes notes = onThisThread();
        if (notes != null && count > 0) {
            notes.confidentialReads.addAndGet(count);
        }
    }

    /** The notes of the request running on this thread, if it has not ended. */
    static AuditNotes onThisThread() {
        AuditNotes notes = ON_THIS_THREAD.get();
        return notes == null || notes.ended ? null : notes;
    }

    void bindToThisThread() {
        ON_THIS_THREAD.set(this);
    }

    /**
     * The request has ended: these notes take no more disclosures or rows, even on a pooled
     * thread that still holds them because the request ended on another.
     */
    void end() {
        ended = true;
        if (ON_THIS_THREAD.get() == this) {
            ON_THIS_THREAD.remove();
        }
    }

    /** A mutation, or a read that disclosed confidential fields; null for any other read. */
    String kind() {
        return mutation ? "mutation" : confidentialReads.get() > 0 ? "confidential-read" : null;
    }

    AuditLog.Entry entry(String outcome) {
        return new AuditLog.Entry(
                viewer.signedIn() ? viewer.subject() : "anonymous",
                viewer.client() == null ? "" : viewer.client(),
                viewer.unit().map(UnitCode::value).orElse(null),
                kind(),
                operation,
                outcome);
    }

    boolean written() {
        return written.get();
    }

    void markWritten() {
        written.set(true);
    }
}
