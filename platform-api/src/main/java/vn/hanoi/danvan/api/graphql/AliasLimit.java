package vn.hanoi.danvan.api.graphql;

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

/**
 * Refuses documents with more aliased fields than allowed: aliases let one small document ask
 * for the same expensive field a thousand times, which neither depth nor the parser's token
 * limit catches early enough. graphql-java has no alias limit of its own.
 */
final class AliasLimit extends SimplePerformantInstrumentation {

    private final int max;

    AliasLimit(int max) {
        this.max = max;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        int aliases = 0;
        for (Definition<?> definition :
                parameters.getExecutionContext().getDocument().getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                aliases += count(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                aliases += count(fragment.getSelectionSet());
            }
        }
        if (aliases > max) {
            throw LimitExceeded.of("aliases", aliases, max);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int count(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        int aliases = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                aliases += (field.getAlias() == null ? 0 : 1) + count(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                aliases += count(inline.getSelectionSet());
            }
        }
        return aliases;
    }
}
