package vn.hanoi.danvan.api.petitions;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.attachments.Attachment;
import vn.hanoi.danvan.api.attachments.AttachmentRepository;
import vn.hanoi.danvan.api.attachments.AttachmentRules;
import vn.hanoi.danvan.api.attachments.AttachmentStore;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Files attached to a petition: the bytes in the attachment store, the metadata and a timeline
 * event in the unit's schema. A denunciation's files may carry the denouncer's handwriting, so
 * they follow the identity rule (Law on Denunciation 2018, art. 47): handler and leaders only.
 */
@Service
class PetitionAttachments {

    static final String OWNER = "PETITION";

    private final UnitDoor door;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;

    PetitionAttachments(
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            AttachmentRepository attachments,
            AttachmentStore store) {
        this.door = door;
        this.petitions = petitions;
        this.trail = trail;
        this.attachments = attachments;
        this.store = store;
    }

    Attachment attach(Viewer viewer, String petitionId, String fileName, InputStream content) throws IOException {
        UnitCode unit = Staff.unitOf(viewer);
        long id = PetitionIds.localId(petitionId, unit);
        Petition petition = readable(viewer, unit, id);
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
            return door.write(unit, scope -> {
                Attachment saved = attachments.insert(scope, OWNER, id, name, mediaType, stored, viewer.subject());
                trail.addEvent(
                        scope,
                        id,
                        new NewEvent(
                                viewer.subject(),
                                Staff.actorName(viewer),
                                "ATTACH",
                                petition.state(),
                                petition.state(),
                                null));
                return saved;
            });
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    /** The attachment and an open stream of its bytes, for a download. */
    record Download(Attachment attachment, InputStream bytes) {}

    Download download(Viewer viewer, String petitionId, long attachmentId) throws IOException {
        UnitCode unit = Staff.unitOf(viewer);
        long id = PetitionIds.localId(petitionId, unit);
        readable(viewer, unit, id);
        Attachment attachment = door.read(unit, scope -> attachments.find(scope, attachmentId))
                .filter(found -> found.ownerKind().equals(OWNER) && found.ownerId() == id)
                .orElseThrow(() -> ApiException.notFound("No such attachment on this petition."));
        return new Download(attachment, store.open(attachment.storageKey()));
    }

    /** The petition's attachments as the viewer may see them. */
    List<Attachment> of(Viewer viewer, Petition petition) {
        if (!Staff.maySeeIdentity(viewer, petition)) {
            return List.of();
        }
        return door.read(petition.unit(), scope -> attachments.of(scope, OWNER, petition.id()));
    }

    private Petition readable(Viewer viewer, UnitCode unit, long id) {
        Petition petition = door.read(unit, scope -> petitions.find(scope, id)).orElseThrow(PetitionIds::notFound);
        if (!Staff.maySeeIdentity(viewer, petition)) {
            throw ApiException.forbidden("A denunciation's files are for its handler and the unit's leaders.");
        }
        return petition;
    }
}
