package vn.hanoi.danvan.api.attachments;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an HTTP download: its own media type and length, always as an attachment
 * (never rendered inline), and no content sniffing by the browser.
 */
public final class AttachmentDownloads {

    private AttachmentDownloads() {}

    public static ResponseEntity<InputStreamResource> of(Attachment attachment, InputStream bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(bytes));
    }
}
