package vn.hanoi.danvan.api.petitions;

import graphql.GraphQLContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.audit.AuditNotes;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.petitions.PetitionViews.LinkView;
import vn.hanoi.danvan.api.petitions.PetitionViews.PetitionerView;
import vn.hanoi.danvan.api.security.Viewer;

/** The petition queries and the fields of {@code Petition}. */
@Controller
class PetitionController {

    private final PetitionReads reads;
    private final PetitionAttachments attachments;

    PetitionController(PetitionReads reads, PetitionAttachments attachments) {
        this.reads = reads;
        this.attachments = attachments;
    }

    @SchemaMapping(typeName = "Petition")
    List<AttachmentView> attachments(Petition petition, @ContextValue Viewer viewer) {
        return attachments.of(viewer, petition).stream()
                .map(file -> new AttachmentView(
                        GlobalId.of("Attachment", petition.unit(), file.id()).encode(),
                        file.name(),
                        file.mediaType(),
                        file.sizeBytes(),
                        file.sha256(),
                        file.createdAt(),
                        "/api/petitions/" + PetitionIds.of(petition) + "/attachments/" + file.id()))
                .toList();
    }

    /** An attachment as GraphQL shows it, with the path to download it from. */
    record AttachmentView(
            String id,
            String name,
            String mediaType,
            long sizeBytes,
            String sha256,
            Instant createdAt,
            String downloadPath) {}

    @QueryMapping
    Connection<Petition> petitions(
            @Argument PetitionFilter filter,
            @Argument PetitionOrder orderBy,
            @Argument Integer first,
            @Argument String after,
            @ContextValue Viewer viewer) {
        return reads.list(viewer, filter, orderBy, Page.of(first, after));
    }

    @QueryMapping
    Petition petition(@Argument String id, @ContextValue Viewer viewer) {
        return reads.one(viewer, id).orElseThrow(PetitionIds::notFound);
    }

    @BatchMapping(typeName = "Petition")
    Map<Petition, List<PetitionerView>> petitioners(
            List<Petition> petitions, @ContextValue Viewer viewer, GraphQLContext context) {
        Map<Petition, List<PetitionerView>> petitioners = reads.petitioners(viewer, petitions);
        // A denouncer's identity shown is a confidential read: the API audit records the request.
        long disclosed = petitioners.entrySet().stream()
                .filter(entry -> entry.getKey().isDenunciation()
                        && entry.getValue().stream().anyMatch(view -> !view.redacted()))
                .count();
        AuditNotes.confidentialRead(context, (int) disclosed);
        return petitioners;
    }

    @SchemaMapping(typeName = "Petition")
    List<PetitionEvent> timeline(Petition petition) {
        return reads.timeline(petition);
    }

    @SchemaMapping(typeName = "PetitionEvent")
    String actor(PetitionEvent event) {
        return event.actorSubject();
    }

    @SchemaMapping(typeName = "Petition")
    List<LinkView> links(Petition petition) {
        return reads.links(petition).stream()
                .map(link -> new LinkView(
                        link.kind(),
                        link.targetUnit(),
                        GlobalId.of(Petition.TYPE, UnitCode.of(link.targetUnit()), link.targetId())
                                .encode()))
                .toList();
    }

    @SchemaMapping(typeName = "Petition")
    List<PetitionAction> allowedActions(Petition petition) {
        return PetitionWorkflow.allowedActions(petition);
    }
}
