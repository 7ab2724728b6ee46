package vn.hanoi.danvan.api.petitions;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hanoi.danvan.api.attachments.Attachment;
import vn.hanoi.danvan.api.attachments.AttachmentDownloads;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * Uploading and downloading a petition's files over plain HTTP (GraphQL carries no bytes):
 * {@code POST /api/petitions/{id}/attachments} with a multipart {@code file}, and
 * {@code GET /api/petitions/{id}/attachments/{attachmentId}}. Same token, same rules, and errors
 * shaped like GraphQL's, with {@code extensions.code}.
 */
@RestController
class PetitionAttachmentController {

    private final PetitionAttachments attachments;
    private final Viewers viewers;

    PetitionAttachmentController(PetitionAttachments attachments, Viewers viewers) {
        this.attachments = attachments;
        this.viewers = viewers;
    }

    @PostMapping(path = "/api/petitions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@PathVariable String id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            Attachment saved = attachments.attach(viewers.current(), id, file.getOriginalFilename(), content);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of(
                            "id", saved.id(),
                            "name", saved.name(),
                            "mediaType", saved.mediaType(),
                            "sizeBytes", saved.sizeBytes(),
                            "sha256", saved.sha256()));
        }
    }

    @GetMapping("/api/petitions/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable long attachmentId)
            throws IOException {
        PetitionAttachments.Download download = attachments.download(viewers.current(), id, attachmentId);
        return AttachmentDownloads.of(download.attachment(), download.bytes());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge() {
        return new ApiException(ErrorCode.BAD_USER_INPUT, "The file is larger than 20 MB.", Map.of("field", "file"))
                .toResponse();
    }
}
