package vn.hanoi.danvan.api.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * A response made without executing the document: a request interceptor refuses it (too large,
 * rate limited, not a trusted document...) with one error carrying a stable code.
 */
public final class Refusals {

    private Refusals() {}

    public static WebGraphQlResponse refuse(
            WebGraphQlRequest request, ErrorCode code, String message, Map<String, Object> details) {
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(error(code, message, details))
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    public static GraphQLError error(ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError()
                .errorType(code.type())
                .message(message)
                .extensions(extensions)
                .build();
    }
}
