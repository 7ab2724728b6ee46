package vn.hanoi.danvan.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.InvalidUnitException;
import vn.hanoi.danvan.admin.UnitNotFoundException;
import vn.hanoi.danvan.api.tenancy.UnitUnavailableException;

/**
 * Turns what a fetcher throws into a GraphQL error with a code. Anything unforeseen becomes
 * INTERNAL with an incident id; its details go to the log, never to the client.
 */
@Component
class ErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment env) {
        return switch (failure) {
            case ApiException e -> error(env, e.code(), e.getMessage(), e.details());
            case InvalidUnitException e -> error(env, ErrorCode.BAD_USER_INPUT, e.getMessage(), Map.of());
            case UnitNotFoundException e -> error(env, ErrorCode.NOT_FOUND, e.getMessage(), Map.of());
            case UnitUnavailableException e -> error(env, ErrorCode.FORBIDDEN, e.getMessage(), Map.of());
            case AccessDeniedException e -> error(env, ErrorCode.FORBIDDEN, "Not allowed.", Map.of());
            case DataAccessException e
            when cancelled(e) -> {
                ApiException timedOut = ApiException.timedOut();
                yield error(env, timedOut.code(), timedOut.getMessage(), Map.of());
            }
            default -> {
                String incident = UUID.randomUUID().toString();
                log.error(
                        "Incident {} in {}",
                        incident,
                        env.getExecutionStepInfo().getPath(),
                        failure);
                yield error(
                        env,
                        ErrorCode.INTERNAL,
                        "Something went wrong on our side (incident " + incident + ").",
                        Map.of());
            }
        };
    }

    /**
     * PostgreSQL cancelled the statement (query_canceled, SQLState 57014): the request's
     * statement_timeout ran out, or the door found its time gone before starting.
     */
    static boolean cancelled(DataAccessException e) {
        return e instanceof QueryTimeoutException
                || (e.getMostSpecificCause() instanceof SQLException sql && "57014".equals(sql.getSQLState()));
    }

    private static GraphQLError error(
            DataFetchingEnvironment env, ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError(env)
                .errorType(code.type())
                .message(message)
                .extensions(extensions)
                .build();
    }
}
