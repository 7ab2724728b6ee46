package vn.hanoi.danvan.api.documents;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.graphql.Refusals;
import vn.hanoi.danvan.api.security.FirstPartyClients;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * Documents by hash, in the APQ request shape ({@code extensions.persistedQuery.sha256Hash}):
 * a third-party client's registered (trusted) documents, and automatic persisted queries for
 * first-party callers. A client marked trusted-only runs its registered documents and nothing
 * else, whether it sends the hash or the full text.
 */
final class PersistedDocumentInterceptor implements WebGraphQlInterceptor {

    private final TrustedDocuments trusted;
    private final AutomaticPersistedQueries automatic;
    private final FirstPartyClients firstParty;
    private final Viewers viewers;

    PersistedDocumentInterceptor(
            TrustedDocuments trusted,
            AutomaticPersistedQueries automatic,
            FirstPartyClients firstParty,
            Viewers viewers) {
        this.trusted = trusted;
        this.automatic = automatic;
        this.firstParty = firstParty;
        this.viewers = viewers;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Viewer viewer = viewers.current();
        boolean thirdParty = viewer.signedIn() && viewer.client() != null && !firstParty.includes(viewer);
        boolean trustedOnly = thirdParty && trusted.trustedOnly(viewer.client());
        Object hash = persistedQuery(request).get("sha256Hash");
        if (hash == null) {
            if (trustedOnly
                    && trusted.document(viewer.client(), DocumentHash.of(request.getDocument()))
                            .isEmpty()) {
                return refuseUntrusted(request);
            }
            return chain.next(request);
        }
        if (!DocumentHash.isWellFormed(hash)) {
            return Mono.just(Refusals.refuse(
                    request,
                    ErrorCode.BAD_USER_INPUT,
                    "persistedQuery.sha256Hash must be a SHA-256 in lower-case hex.",
                    Map.of("field", "extensions.persistedQuery.sha256Hash")));
        }
        String sha256 = (String) hash;
        Optional<String> registered = thirdParty ? trusted.document(viewer.client(), sha256) : Optional.empty();
        if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(request.getDocument())) {
            Optional<String> document = thirdParty
                    ? registered
                    : firstParty.includes(viewer) ? automatic.document(sha256) : Optional.empty();
            if (document.isEmpty()) {
                // The message is the one APQ clients look for before resending the full document.
                return Mono.just(Refusals.refuse(
                        request, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound", Map.of()));
            }
            request.configureExecutionInput(
                    (input, builder) -> builder.query(document.get()).build());
            return chain.next(request);
        }
        if (!DocumentHash.of(request.getDocument()).equals(sha256)) {
            return Mono.just(Refusals.refuse(
                    request,
                    ErrorCode.BAD_USER_INPUT,
                    "persistedQuery.sha256Hash is not the hash of the document sent.",
                    Map.of("field", "extensions.persistedQuery.sha256Hash")));
        }
        if (trustedOnly && registered.isEmpty()) {
            return refuseUntrusted(request);
        }
        if (firstParty.includes(viewer)) {
            automatic.remember(sha256, request.getDocument());
        }
        return chain.next(request);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> persistedQuery(WebGraphQlRequest request) {
        Object value = request.getExtensions().get("persistedQuery");
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Mono<WebGraphQlResponse> refuseUntrusted(WebGraphQlRequest request) {
        return Mono.just(Refusals.refuse(
                request,
                ErrorCode.FORBIDDEN,
                "This client may run only the documents registered for it.",
                Map.of("reason", "TRUSTED_DOCUMENTS_ONLY")));
    }
}
