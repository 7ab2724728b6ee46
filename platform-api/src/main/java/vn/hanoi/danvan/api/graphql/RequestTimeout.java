package vn.hanoi.danvan.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * The request timeout ({@link LimitsProperties#timeout()}): a request not answered by then is
 * answered TIMEOUT. Its deadline goes into the GraphQL context, from where {@link RequestDeadline}
 * reaches the data fetchers, and {@link RequestTimeLeft} makes it the statement_timeout of the
 * transactions they open: PostgreSQL cancels their SQL at the same moment instead of letting it
 * run on for nobody. A subscription's events outlive its request: its operation has no deadline.
 */
final class RequestTimeout implements WebGraphQlInterceptor, Instrumentation {

    private final Duration timeout;

    RequestTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        long deadline = System.nanoTime() + timeout.toNanos();
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(context -> context.put(RequestDeadline.KEY, deadline))
                        .build());
        return chain.next(request)
                .timeout(
                        timeout,
                        Mono.fromSupplier(() -> Refusals.refuse(
                                request,
                                ErrorCode.TIMEOUT,
                                "The request took longer than the " + timeout.toSeconds()
                                        + " s allowed and was stopped; try again, or ask for less.",
                                Map.of())));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            execution.getGraphQLContext().delete(RequestDeadline.KEY);
        }
        return SimpleInstrumentationContext.noOp();
    }
}
