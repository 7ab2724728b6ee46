package vn.hanoi.danvan.api.directives;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hanoi.danvan.api.attachments.AttachmentDownloads;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * Evidence files of a report over plain HTTP (GraphQL carries no bytes):
 * {@code POST /api/directive-reports/{id}/attachments} with a multipart {@code file}, and
 * {@code GET /api/directive-reports/{id}/attachments/{attachmentId}}; errors shaped like GraphQL's.
 */
@RestController
class ReportEvidenceController {

    private final ReportEvidence evidence;
    private final Viewers viewers;

    ReportEvidenceController(ReportEvidence evidence, Viewers viewers) {
        this.evidence = evidence;
        this.viewers = viewers;
    }

    @PostMapping(path = "/api/directive-reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportEvidence.File> upload(@PathVariable String id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(evidence.attach(viewers.current(), id, file.getOriginalFilename(), content));
        }
    }

    @GetMapping("/api/directive-reports/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable long attachmentId)
            throws IOException {
        ReportEvidence.Download download = evidence.download(viewers.current(), id, attachmentId);
        return AttachmentDownloads.of(download.attachment(), download.bytes());
    }
}
