package vn.hanoi.danvan.api.documents;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.documents.TrustedDocumentRepository.ApiClient;
import vn.hanoi.danvan.api.documents.TrustedDocumentRepository.TrustedDocument;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** Platform admins register third-party clients' documents and mark clients trusted-only. */
@Controller
class TrustedDocumentController {

    private final PlatformDoor door;
    private final TrustedDocumentRepository repository;
    private final TrustedDocuments trusted;

    TrustedDocumentController(PlatformDoor door, TrustedDocumentRepository repository, TrustedDocuments trusted) {
        this.door = door;
        this.repository = repository;
        this.trusted = trusted;
    }

    record RegisterTrustedDocumentInput(String client, String document) {}

    @MutationMapping
    TrustedDocument registerTrustedDocument(@Argument RegisterTrustedDocumentInput input, @ContextValue Viewer viewer) {
        requireAdmin(viewer);
        String client = client(input.client());
        if (input.document() == null
                || input.document().isBlank()
                || input.document().length() > 100_000) {
            throw ApiException.badInput("document", "A document of 1 to 100,000 characters.");
        }
        try {
            Parser.parse(input.document());
        } catch (InvalidSyntaxException e) {
            throw ApiException.badInput("document", "Not a GraphQL document: " + e.getMessage());
        }
        String hash = DocumentHash.of(input.document());
        return door.write(scope -> repository.register(scope, client, hash, input.document(), viewer.subject()));
    }

    @MutationMapping
    ApiClient setClientTrustedOnly(
            @Argument String client, @Argument boolean trustedOnly, @ContextValue Viewer viewer) {
        requireAdmin(viewer);
        String id = client(client);
        ApiClient result = door.write(scope -> repository.setTrustedOnly(scope, id, trustedOnly, viewer.subject()));
        trusted.forget(id);
        return result;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        if (!viewer.has(Role.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("Only a platform administrator manages clients' documents.");
        }
    }

    private static String client(String client) {
        if (client == null || !client.matches("[A-Za-z0-9._-]{1,100}")) {
            throw ApiException.badInput("client", "A client id: 1 to 100 letters, digits or . _ -");
        }
        return client;
    }
}
