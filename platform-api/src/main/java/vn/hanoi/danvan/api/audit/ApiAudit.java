package vn.hanoi.danvan.api.audit;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * Records every executed mutation, and every request that disclosed confidential fields, in
 * {@code platform.api_audit}: who, through which client, in which unit, which operation, when,
 * and the outcome ({@code OK} or the first error's code). Written when the request ends, so the
 * outcome is known; a mutation is one transaction of its own, committed before this row.
 */
@Component
class ApiAudit extends SimplePerformantInstrumentation {

    private static final Logger log = LoggerFactory.getLogger(ApiAudit.class);

    private final PlatformDoor door;
    private final AuditLog auditLog;

    ApiAudit(PlatformDoor door, AuditLog auditLog) {
        this.door = door;
        this.auditLog = auditLog;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Viewer viewer = execution.getGraphQLContext().get("viewer");
        if (viewer == null) {
            return SimpleInstrumentationContext.noOp(); // not an API request (no viewer was put in)
        }
        AuditNotes notes = new AuditNotes();
        execution.getGraphQLContext().put(AuditNotes.class, notes);
        OperationDefinition operation = execution.getOperationDefinition();
        boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            String kind = mutation ? "mutation" : notes.confidentialReads() > 0 ? "confidential-read" : null;
            if (kind != null) {
                append(viewer, kind, name(operation), outcome(result, failure));
            }
        });
    }

    private void append(Viewer viewer, String kind, String operation, String outcome) {
        AuditLog.Entry entry = new AuditLog.Entry(
                viewer.signedIn() ? viewer.subject() : "anonymous",
                viewer.client() == null ? "" : viewer.client(),
                viewer.unit().map(UnitCode::value).orElse(null),
                kind,
                operation,
                outcome);
        try {
            door.write(scope -> {
                auditLog.append(scope, entry);
                return null;
            });
        } catch (RuntimeException e) {
            // The mutation has committed: losing its audit row is logged loudly, not hidden.
            log.error("Audit row not written: {}", entry, e);
        }
    }

    /** The operation's name, else its root fields: {@code receivePetition}. */
    private static String name(OperationDefinition operation) {
        if (operation.getName() != null) {
            return operation.getName();
        }
        return operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .map(Field::getName)
                .collect(Collectors.joining(","));
    }

    private static String outcome(ExecutionResult result, Throwable failure) {
        if (failure != null || result == null) {
            return "INTERNAL";
        }
        return result.getErrors().stream()
                .findFirst()
                .map(GraphQLError::getExtensions)
                .map(extensions ->
                        extensions == null ? "ERROR" : String.valueOf(extensions.getOrDefault("code", "ERROR")))
                .orElse("OK");
    }
}
