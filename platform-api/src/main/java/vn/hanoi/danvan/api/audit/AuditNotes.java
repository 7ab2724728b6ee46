package vn.hanoi.danvan.api.audit;

import graphql.GraphQLContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a feature tells the audit during one request: here, that it disclosed confidential
 * fields (a denouncer's identity) of so many petitions. The audit writes one row per request
 * when it ends, with the request's outcome; the unit's own {@code confidential_read} keeps the
 * row per petition.
 */
public final class AuditNotes {

    private final AtomicInteger confidentialReads = new AtomicInteger();

    /** Records that confidential fields of {@code count} records were disclosed in this request. */
    public static void confidentialRead(GraphQLContext context, int count) {
        AuditNotes notes = context.get(AuditNotes.class);
        if (notes != null && count > 0) {
            notes.confidentialReads.addAndGet(count);
        }
    }

    int confidentialReads() {
        return confidentialReads.get();
    }
}
