package vn.hanoi.danvan.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.Introspection;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * Every GraphQL request: puts the {@code viewer} into the GraphQL context, where fetchers and
 * DataLoader batches on any thread find it, and makes sure every error in the response carries
 * an {@code extensions.code}, including those graphql-java raises before any fetcher runs.
 */
@Component
@Order(0)
class RequestInterceptor implements WebGraphQlInterceptor {

    private final Viewers viewers;

    RequestInterceptor(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Viewer viewer = viewers.current();
        // The schema is for those who may use it: anonymous callers (citizens looking up a
        // petition's status) get no introspection. graphql-java gives no field suggestions.
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(
                        context -> context.put(RequestViewer.KEY, viewer)
                                .put(Introspection.INTROSPECTION_DISABLED, !viewer.signedIn()))
                .build());
        return chain.next(request)
                .map(response -> response.getErrors().isEmpty()
                        ? response
                        : response.transform(builder -> builder.errors(withCodes(response.getErrors()))));
    }

    private static List<GraphQLError> withCodes(List<? extends ResponseError> errors) {
        return errors.stream().map(RequestInterceptor::withCode).toList();
    }

    private static GraphQLError withCode(ResponseError error) {
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.putIfAbsent("code", ErrorCode.classify(error.getErrorType()).name());
        List<SourceLocation> locations = error.getLocations();
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(locations)
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }
}
