package vn.hanoi.danvan.api.directives;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.attachments.Attachment;
import vn.hanoi.danvan.api.attachments.AttachmentRepository;
import vn.hanoi.danvan.api.attachments.AttachmentStore;
import vn.hanoi.danvan.api.attachments.IncomingFiles;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Evidence files of a progress report, in the petitions' attachment store under owner kind
 * {@code DIRECTIVE_REPORT}: the unit's staff attach them; the unit's staff and city-level roles,
 * who judge the report, read them.
 */
@Service
class ReportEvidence {

    /** An evidence file as the API shows it. */
    record File(
            String id,
            String name,
            String mediaType,
            long sizeBytes,
            String sha256,
            Instant createdAt,
            String downloadPath) {}

    /** The file and an open stream of its bytes, for a download. */
    record Download(Attachment attachment, InputStream bytes) {}

    private final UnitDoor door;
    private final DirectiveReportRepository reports;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final IncomingFiles incoming;

    ReportEvidence(
            UnitDoor door,
            DirectiveReportRepository reports,
            AttachmentRepository attachments,
            AttachmentStore store,
            IncomingFiles incoming) {
        this.door = door;
        this.incoming = incoming;
        this.reports = reports;
        this.attachments = attachments;
        this.store = store;
    }

    File attach(Viewer viewer, String reportId, String fileName, InputStream content) throws IOException {
        UnitCode unit = Desks.unitOf(viewer);
        long key = DirectiveIds.ownKey(reportId, DirectiveIds.REPORT, "id", unit);
        door.read(unit, scope -> reports.find(scope, key)).orElseThrow(() -> DirectiveIds.notFound("report"));
        Attachment saved = incoming.receive(
                unit,
                fileName,
                content,
                file -> door.write(
                        unit,
                        scope -> attachments.insert(
                                scope,
                                Report.ATTACHMENT_OWNER,
                                key,
                                file.name(),
                                file.mediaType(),
                                file.stored(),
                                viewer.subject())));
        return file(unit, reportId, saved);
    }

    Download download(Viewer viewer, String reportId, long attachmentId) throws IOException {
        Desks.signedIn(viewer);
        GlobalId id = DirectiveIds.unitId(reportId, DirectiveIds.REPORT, "id");
        UnitCode unit = id.unit().orElseThrow();
        if (!viewer.worksIn(unit) && !viewer.isCityLevel()) {
            throw DirectiveIds.notFound("report");
        }
        Attachment attachment = door.read(unit, scope -> attachments.find(scope, attachmentId))
                .filter(found ->
                        found.ownerKind().equals(Report.ATTACHMENT_OWNER) && found.ownerId() == id.numericKey())
                .orElseThrow(() -> ApiException.notFound("No such file on this report."));
        return new Download(attachment, store.open(attachment.storageKey()));
    }

    List<File> of(Report report) {
        return door.read(report.unit(), scope -> attachments.of(scope, Report.ATTACHMENT_OWNER, report.key())).stream()
                .map(saved -> file(report.unit(), report.id(), saved))
                .toList();
    }

    private static File file(UnitCode unit, String reportId, Attachment saved) {
        return new File(
                DirectiveIds.unit("Attachment", unit, saved.id()),
                saved.name(),
                saved.mediaType(),
                saved.sizeBytes(),
                saved.sha256(),
                saved.createdAt(),
                "/api/directive-reports/" + reportId + "/attachments/" + saved.id());
    }
}
