package vn.hanoi.danvan.api.observability;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.Selection;
import io.micrometer.common.KeyValues;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.graphql.RequestViewer;

/**
 * What a GraphQL request's observation ({@code graphql.request}) records beyond Spring's outcome
 * and operation type. As metric labels, only values from closed sets: the root field asked for
 * ({@code graphql.field}: a schema field name, {@code several}, or {@code none} when the document
 * never ran) and the first error's code ({@code graphql.error}: an {@link ErrorCode} or {@code
 * none}). On the trace only: the viewer's unit ({@code danvan.unit}), never a label, since 3,300
 * units would multiply every series by 3,300.
 */
@Component
class GraphQlRequestObservations extends DefaultExecutionRequestObservationConvention {

    static final String FIELD = "graphql.field";
    static final String ERROR = "graphql.error";
    static final String UNIT = "danvan.unit";
    static final String NONE = "none";

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context)
                .and(FIELD, rootField(context.getExecutionContext()))
                .and(ERROR, firstErrorCode(context));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getHighCardinalityKeyValues(context)
                .and(
                        UNIT,
                        RequestViewer.of(context.getExecutionInput().getGraphQLContext())
                                .unit()
                                .map(UnitCode::value)
                                .orElse(NONE));
    }

    private static String rootField(ExecutionContext execution) {
        if (execution == null) {
            return NONE;
        }
        List<Selection> selections =
                execution.getOperationDefinition().getSelectionSet().getSelections();
        Set<String> names = selections.stream()
                .filter(Field.class::isInstance)
                .map(selection -> ((Field) selection).getName())
                .collect(Collectors.toSet());
        return names.size() == 1 && selections.stream().allMatch(Field.class::isInstance)
                ? names.iterator().next()
                : "several";
    }

    private static String firstErrorCode(ExecutionRequestObservationContext context) {
        if (context.getError() != null) {
            return ErrorCode.INTERNAL.name();
        }
        ExecutionResult result = context.getExecutionResult();
        if (result == null || result.getErrors().isEmpty()) {
            return NONE;
        }
        return ErrorCode.of(result.getErrors().getFirst()).name();
    }
}
