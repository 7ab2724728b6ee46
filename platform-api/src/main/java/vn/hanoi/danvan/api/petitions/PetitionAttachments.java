package vn.hanoi.danvan.api.petitions;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.attachments.Attachment;
import vn.hanoi.danvan.api.attachments.AttachmentRepository;
import vn.hanoi.danvan.api.attachments.AttachmentStore;
import vn.hanoi.danvan.api.attachments.IncomingFiles;
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
    private final IncomingFiles incoming;

    PetitionAttachments(
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            AttachmentRepository attachments,
            AttachmentStore store,
            IncomingFiles incoming) {
        this.incoming = incoming;
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
        return incoming.receive(
                unit,
                fileName,
                content,
                file -> door.write(unit, scope -> {
                    Attachment saved = attachments.insert(
                            scope, OWNER, id, file.name(), file.mediaType(), file.stored(), viewer.subject());
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
                }));
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
