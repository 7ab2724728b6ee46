package vn.hanoi.danvan.api.petitions;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.graphql.RequestViewer;
import vn.hanoi.danvan.api.petitions.PetitionViews.LinkView;
import vn.hanoi.danvan.api.petitions.PetitionViews.PetitionerView;
import vn.hanoi.danvan.api.security.Viewer;

/** The petition queries and the fields of {@code Petition}. */
@Controller
class PetitionController {

    private final PetitionReads reads;
    private final PetitionAttachments attachments;

    PetitionController(PetitionReads reads, PetitionAttachments attachments, BatchLoaderRegistry loaders) {
        this.reads = reads;
        this.attachments = attachments;
        // Petitioners outside a list (one petition, node): batched per request. A list brings its
        // page's petitioners itself (PetitionList), see PetitionFields.
        loaders.<Petition, List<PetitionerView>>forName(PetitionFields.PETITIONERS)
                .registerMappedBatchLoader((petitions, environment) -> Mono.fromCallable(
                        () -> reads.petitioners(RequestViewer.of(environment.getContext()), List.copyOf(petitions))));
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
    DataFetcherResult<Connection<Petition>> petitions(
            @Argument PetitionFilter filter,
            @Argument PetitionOrder orderBy,
            @Argument Integer first,
            @Argument String after,
            @ContextValue Viewer viewer,
            DataFetchingFieldSelectionSet selection) {
        PetitionList list = reads.list(
                viewer, filter, orderBy, Page.of(first, after), selection.contains("edges/node/petitioners"));
        return DataFetcherResult.<Connection<Petition>>newResult()
                .data(list.connection())
                .localContext(list)
                .build();
    }

    @QueryMapping
    Petition petition(@Argument String id, @ContextValue Viewer viewer) {
        return reads.one(viewer, id).orElseThrow(PetitionIds::notFound);
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
