package vn.hanoi.danvan.api.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * One log line per GraphQL request: the root field, the outcome, the first error's code and how
 * long it took, with the request id and unit from the {@link RequestLogContext}. Never the
 * document or its variables: those carry petitioners' names, addresses and ID numbers.
 */
@Component
class GraphQlRequestLog implements ObservationHandler<ExecutionRequestObservationContext> {

    private static final Logger log = LoggerFactory.getLogger(GraphQlRequestLog.class);

    private record Started(long nanos) {}

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ExecutionRequestObservationContext;
    }

    @Override
    public void onStart(ExecutionRequestObservationContext context) {
        context.put(Started.class, new Started(System.nanoTime()));
    }

    @Override
    public void onStop(ExecutionRequestObservationContext context) {
        if (!log.isInfoEnabled()) {
            return;
        }
        Started started = context.get(Started.class);
        long millis = started == null ? -1 : (System.nanoTime() - started.nanos()) / 1_000_000;
        log.info(
                "GraphQL {} {} {} in {} ms",
                value(context, GraphQlRequestObservations.FIELD),
                value(context, "graphql.outcome"),
                value(context, GraphQlRequestObservations.ERROR),
                millis);
    }

    private static String value(Observation.Context context, String key) {
        var keyValue = context.getLowCardinalityKeyValue(key);
        return keyValue == null ? GraphQlRequestObservations.NONE : keyValue.getValue();
    }
}
