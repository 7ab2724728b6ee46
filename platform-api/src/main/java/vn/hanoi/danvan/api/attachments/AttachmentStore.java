package vn.hanoi.danvan.api.attachments;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live, apart from their metadata in the unit's schema. The filesystem
 * implementation serves one node or a shared volume; an object store can take its place.
 */
public interface AttachmentStore {

    /** Stores the bytes under a new key, counting and hashing them, refusing more than {@code maxBytes}. */
    Stored put(String unitCode, InputStream bytes, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes what {@link #put} stored, when the metadata could not be written after all. */
    void delete(String key);

    /** What was stored: its key, size and SHA-256. */
    record Stored(String key, long sizeBytes, String sha256) {}

    /** More bytes came than the limit allows; nothing was kept. */
    class TooLargeException extends IOException {
        public TooLargeException(long maxBytes) {
            super("The file is larger than " + maxBytes / (1024 * 1024) + " MB.");
        }
    }
}
