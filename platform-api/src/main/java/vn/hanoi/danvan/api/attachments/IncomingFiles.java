package vn.hanoi.danvan.api.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;

/**
 * An uploaded file on its way in, whatever it is attached to: its name cleaned, its type allowed
 * and matching its first bytes, its size within the limit, its bytes stored; then the caller
 * records it. If recording fails, the stored bytes are deleted again, so no file is left that
 * no row points to.
 */
@Component
public class IncomingFiles {

    private final AttachmentStore store;

    IncomingFiles(AttachmentStore store) {
        this.store = store;
    }

    /** A checked file whose bytes are stored, waiting for its metadata row. */
    public record IncomingFile(String name, String mediaType, AttachmentStore.Stored stored) {}

    public <T> T receive(UnitCode unit, String fileName, InputStream content, Function<IncomingFile, T> record)
            throws IOException {
        String name = AttachmentRules.cleanName(fileName);
        String mediaType = AttachmentRules.mediaType(name)
                .orElseThrow(
                        () -> ApiException.badInput("file", "Attach PDF, JPEG, PNG, DOCX, XLSX, ODT or TXT files."));
        BufferedInputStream bytes = new BufferedInputStream(content);
        bytes.mark(16);
        byte[] head = bytes.readNBytes(8);
        bytes.reset();
        if (!AttachmentRules.signatureMatches(mediaType, head)) {
            throw ApiException.badInput("file", "The file's content does not match its type.");
        }
        AttachmentStore.Stored stored;
        try {
            stored = store.put(unit.value(), bytes, AttachmentRules.MAX_BYTES);
        } catch (AttachmentStore.TooLargeException e) {
            throw ApiException.badInput("file", e.getMessage());
        }
        try {
            return record.apply(new IncomingFile(name, mediaType, stored));
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }
}
