package vn.hanoi.danvan.api.graphql;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * GraphQL over HTTP as Spring answers it, except for a request answered without running for a
 * reason that has an HTTP status of its own: a rate-limited request is 429 with {@code
 * Retry-After}, one stopped at the request timeout 503; the body in {@code
 * application/graphql-response+json} whatever the client accepts. The GraphQL-over-HTTP draft lets
 * a server refuse a request with the relevant 4xx or 5xx "for any reason" (rate limiting), and
 * only that media type tells a client that a non-2xx body is a GraphQL response rather than a
 * proxy's page.
 */
final class GraphQlOverHttp extends GraphQlHttpHandler {

    private static final Set<ErrorCode> OWN_STATUS = EnumSet.of(ErrorCode.RATE_LIMITED, ErrorCode.TIMEOUT);

    private static final List<MediaType> SUPPORTED = List.of(
            MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
            MediaType.APPLICATION_JSON,
            MediaType.parseMediaType("application/graphql+json"));

    private final ResponseJson json;

    GraphQlOverHttp(WebGraphQlHandler handler, ResponseJson json) {
        super(handler);
        this.json = json;
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responses) {
        return ServerResponse.async(
                responses.map(response -> answer(request, response)).toFuture());
    }

    private ServerResponse answer(ServerRequest request, WebGraphQlResponse response) {
        Optional<HttpStatus> refused = refusalStatus(response);
        MediaType type = refused.isPresent() ? MediaTypes.APPLICATION_GRAPHQL_RESPONSE : accepted(request);
        HttpStatus status = refused.orElseGet(() -> selectResponseStatus(response, type));
        Map<String, Object> body = response.toMap();
        ServerResponse.BodyBuilder builder = ServerResponse.status(status)
                .headers(headers -> headers.putAll(response.getResponseHeaders()))
                .contentType(type);
        return builder.build(json.of(body));
    }

    /** The status of a request answered without running, where its error has one of its own. */
    private static Optional<HttpStatus> refusalStatus(WebGraphQlResponse response) {
        if (response.getExecutionResult().isDataPresent()) {
            return Optional.empty();
        }
        return response.getErrors().stream()
                .map(error -> String.valueOf(error.getExtensions().get("code")))
                .flatMap(code -> OWN_STATUS.stream().filter(own -> own.name().equals(code)))
                .findFirst()
                .map(ErrorCode::httpStatus);
    }

    /** The first media type the client accepts that GraphQL answers in, else JSON (as Spring does). */
    private static MediaType accepted(ServerRequest request) {
        List<MediaType> accepted;
        try {
            accepted = request.headers().accept();
        } catch (InvalidMediaTypeException e) {
            throw new NotAcceptableStatusException("Could not parse Accept header: " + e.getMessage());
        }
        return accepted.stream().filter(SUPPORTED::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
    }
}
