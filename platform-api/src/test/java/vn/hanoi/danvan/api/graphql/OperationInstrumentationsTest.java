package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

class OperationInstrumentationsTest {

    /** Listens to the operation only, as limits, timeout and audit do. */
    static final class Operations extends SimplePerformantInstrumentation {
        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger ended = new AtomicInteger();

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            begun.incrementAndGet();
            return SimpleInstrumentationContext.whenCompleted((result, failure) -> ended.incrementAndGet());
        }
    }

    /** Listens to every field, as a tracer would. */
    static final class Fields extends SimplePerformantInstrumentation {
        final AtomicInteger fields = new AtomicInteger();

        @Override
        public InstrumentationContext<Object> beginFieldExecution(
                InstrumentationFieldParameters parameters, InstrumentationState state) {
            fields.incrementAndGet();
            return null;
        }
    }

    private static Map<String, Object> run(Instrumentation instrumentation) {
        var schema = new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser()
                                .parse("type Query { units: [Unit!]! } type Unit { code: String! name: String! }"),
                        RuntimeWiring.newRuntimeWiring()
                                .type(
                                        "Query",
                                        type -> type.dataFetcher(
                                                "units",
                                                env -> List.of(
                                                        Map.of("code", "00070", "name", "Hoàn Kiếm"),
                                                        Map.of("code", "00004", "name", "Ba Đình"))))
                                .build());
        ExecutionResult result = GraphQL.newGraphQL(schema)
                .instrumentation(instrumentation)
                .build()
                .execute("{ units { code name } }");
        assertThat(result.getErrors()).isEmpty();
        return result.getData();
    }

    @Test
    void operationListenersAreToldOfTheOperationAndTheAnswerIsWhole() {
        Operations operations = new Operations();

        Map<String, Object> data = run(new OperationInstrumentations(List.of(operations, new Operations())));

        assertThat(data)
                .isEqualTo(Map.of(
                        "units",
                        List.of(
                                Map.of("code", "00070", "name", "Hoàn Kiếm"),
                                Map.of("code", "00004", "name", "Ba Đình"))));
        assertThat(operations.begun).hasValue(1);
        assertThat(operations.ended).hasValue(1);
    }

    @Test
    void aMemberListeningToFieldsIsToldOfEveryField() {
        Operations operations = new Operations();
        Fields fields = new Fields();

        run(new OperationInstrumentations(List.of(operations, fields)));

        // units, then code and name of each of the two units
        assertThat(fields.fields).hasValue(5);
        assertThat(operations.begun).hasValue(1);
    }

    /** Observations started, by name. */
    private static List<String> observed(Function<Instrumentation, Instrumentation> chain) {
        List<String> names = new CopyOnWriteArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStart(Observation.Context context) {
                names.add(context.getName());
            }
        });
        run(chain.apply(new GraphQlObservationInstrumentation(registry)));
        return names;
    }

    @Test
    void springsObservationLeavesPropertyReadsAloneAndStillObservesEveryOtherFetcher() {
        List<String> throughGraphQlJavasChain =
                observed(observation -> new ChainedInstrumentation(List.of(new Operations(), observation)));
        List<String> throughThisChain =
                observed(observation -> new OperationInstrumentations(List.of(new Operations(), observation)));

        // The request, and the one fetcher that is not a property read (units); code and name are.
        assertThat(throughGraphQlJavasChain).containsExactly("graphql.request", "graphql.datafetcher");
        assertThat(throughThisChain).isEqualTo(throughGraphQlJavasChain);
    }

    @Test
    void listeningIsToldFromTheClassThatImplementsTheEvent() {
        List<Instrumentation> quiet = List.of(new Operations(), new SimplePerformantInstrumentation());

        assertThat(OperationInstrumentations.anyListens(quiet, "beginFieldExecution"))
                .isFalse();
        assertThat(OperationInstrumentations.anyListens(quiet, "beginFieldFetching"))
                .isFalse();
        assertThat(OperationInstrumentations.anyListens(List.of(new Operations(), new Fields()), "beginFieldExecution"))
                .isTrue();
        assertThat(OperationInstrumentations.anyListens(quiet, "beginExecuteOperation"))
                .isTrue();
    }
}
