package vn.hanoi.danvan.api.graphql;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The request's instrumentations (limits, timeout, audit, observation), chained, without the
 * chain's cost on every field. graphql-java asks a chain for a context at the start of each
 * field's execution, fetch and completion and of each object, and the chain asks every member and
 * collects their answers in a new list, even when none has anything to say: for 3,300 scorecards
 * of 50 fields that was a third of the request's CPU (bench/RESULTS.md). None of ours listens to
 * those events, so where no member overrides one, this chain answers it with nothing at once; a
 * member that does (a tracer added later) is asked as before. Likewise a field read from a property
 * is not offered for instrumentation unless a member may want to wrap such reads.
 */
final class OperationInstrumentations extends ChainedInstrumentation {

    /** The classes whose implementations of the per-field events do nothing. */
    private static final Set<Class<?>> SILENT =
            Set.of(Instrumentation.class, SimplePerformantInstrumentation.class, SimpleInstrumentation.class);

    /**
     * Members known to return a trivial data fetcher (a property read, as graphql-java marks it)
     * unchanged: Spring's observation instruments only the others (a test holds it to that).
     */
    private static final Set<Class<?>> TRIVIAL_FETCHERS_UNTOUCHED = Set.of(GraphQlObservationInstrumentation.class);

    private final boolean trivialFetchers;
    private final boolean objects;
    private final boolean fieldExecution;
    private final boolean fieldFetch;
    private final boolean fieldFetching;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;

    OperationInstrumentations(List<Instrumentation> instrumentations) {
        super(instrumentations);
        this.trivialFetchers = instrumentations.stream()
                .filter(member -> !TRIVIAL_FETCHERS_UNTOUCHED.contains(member.getClass()))
                .anyMatch(member -> anyListens(List.of(member), "instrumentDataFetcher"));
        this.objects = anyListens(instrumentations, "beginExecuteObject");
        this.fieldExecution = anyListens(instrumentations, "beginFieldExecution");
        this.fieldFetch = anyListens(instrumentations, "beginFieldFetch");
        // graphql-java's default beginFieldFetching adapts beginFieldFetch.
        this.fieldFetching = fieldFetch || anyListens(instrumentations, "beginFieldFetching");
        this.fieldCompletion = anyListens(instrumentations, "beginFieldCompletion");
        this.fieldListCompletion = anyListens(instrumentations, "beginFieldListCompletion");
    }

    /** Whether the named event's implementation in any member comes from a class of its own. */
    static boolean anyListens(List<Instrumentation> instrumentations, String event) {
        Method declared = Arrays.stream(Instrumentation.class.getMethods())
                .filter(method -> method.getName().equals(event))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instrumentation event " + event));
        for (Instrumentation instrumentation : instrumentations) {
            try {
                Method implemented = instrumentation.getClass().getMethod(event, declared.getParameterTypes());
                if (!SILENT.contains(implemented.getDeclaringClass())) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e); // every Instrumentation has it
            }
        }
        return false;
    }

    /** Every field's fetcher is offered to the chain; a property read only where a member wants it. */
    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() && !trivialFetchers) {
            return fetcher;
        }
        return super.instrumentDataFetcher(fetcher, parameters, state);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return objects ? super.beginExecuteObject(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(
            InstrumentationFieldParameters parameters, InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return fieldFetch ? super.beginFieldFetch(parameters, state) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return fieldFetching ? super.beginFieldFetching(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(
            InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(
            InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
    }
}
