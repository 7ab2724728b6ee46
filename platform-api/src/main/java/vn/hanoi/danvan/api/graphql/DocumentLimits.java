package vn.hanoi.danvan.api.graphql;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses a document past the depth, complexity or alias limit before any fetcher runs.
 * graphql-java measures depth and complexity (fragments unfolded, {@code @skip} and
 * {@code first} read from the variables); aliases it does not count, and they let one small
 * document ask for the same expensive field a thousand times.
 *
 * <p>The measures depend only on the document, the operation and the variables, and clients send
 * the same few documents over and over: they are kept for requests whose variables are plain
 * values, like the parsed documents in {@link DocumentCache}, so the inbox is measured once.
 */
final class DocumentLimits extends SimplePerformantInstrumentation {

    static final int CAPACITY = 1_000;

    private final LimitsProperties limits;
    private final FieldComplexityCalculator complexity;
    private final Map<Key, Measures> measured = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Measures> eldest) {
            return size() > CAPACITY;
        }
    };

    DocumentLimits(LimitsProperties limits, FieldComplexityCalculator complexity) {
        this.limits = limits;
        this.complexity = complexity;
    }

    record Measures(int depth, int complexity, int aliases) {}

    private record Key(String document, String operation, Map<String, Object> variables) {}

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Measures measures = measuresOf(execution);
        if (measures.depth() > limits.maxDepth()) {
            throw LimitExceeded.of("depth", measures.depth(), limits.maxDepth());
        }
        if (measures.complexity() > limits.maxComplexity()) {
            throw LimitExceeded.of("complexity", measures.complexity(), limits.maxComplexity());
        }
        if (measures.aliases() > limits.maxAliases()) {
            throw LimitExceeded.of("aliases", measures.aliases(), limits.maxAliases());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private Measures measuresOf(ExecutionContext execution) {
        Map<String, Object> variables =
                execution.getExecutionInput().getRawVariables().toMap();
        if (!variables.values().stream().allMatch(DocumentLimits::plain)) {
            return measure(execution);
        }
        Key key = new Key(
                execution.getExecutionInput().getQuery(),
                execution.getExecutionInput().getOperationName(),
                variables);
        Measures known;
        synchronized (measured) {
            known = measured.get(key);
        }
        if (known == null) {
            known = measure(execution);
            synchronized (measured) {
                measured.put(key, known);
            }
        }
        return known;
    }

    /** Small values that compare by content; an input object or list is measured every time. */
    private static boolean plain(Object value) {
        return value == null
                || value instanceof Number
                || value instanceof Boolean
                || (value instanceof String text && text.length() <= 256);
    }

    private Measures measure(ExecutionContext execution) {
        int depth = QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .reducePreOrder((field, deepest) -> Math.max(depthOf(field), deepest), 0);
        int weight = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(complexity)
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        return new Measures(depth, weight, aliases(execution));
    }

    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    /** Aliased fields written in the document, in every operation and fragment. */
    private static int aliases(ExecutionContext execution) {
        int aliases = 0;
        for (Definition<?> definition : execution.getDocument().getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                aliases += aliases(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                aliases += aliases(fragment.getSelectionSet());
            }
        }
        return aliases;
    }

    private static int aliases(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        int aliases = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                aliases += (field.getAlias() == null ? 0 : 1) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                aliases += aliases(inline.getSelectionSet());
            }
        }
        return aliases;
    }
}
