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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.UnitCommitHook;

/**
 * Records every executed mutation, and every request that disclosed confidential fields, in
 * {@code platform.api_audit}: who, through which client, in which unit, which operation, when,
 * and the outcome ({@code OK} or the first error's code).
 *
 * <p>Where the request changes a unit's data or discloses confidential fields through the unit
 * door, its row is written in that same transaction, outcome {@code OK}: the act and its record
 * commit together or not at all, and the request costs one transaction, not two. A request that
 * never commits such a transaction (refused, failed, rolled back, answered from an idempotency
 * key) gets its row when it ends, with its outcome, in a transaction of its own.
 */
@Component
class ApiAudit extends SimplePerformantInstrumentation implements UnitCommitHook {

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
        OperationDefinition operation = execution.getOperationDefinition();
        AuditNotes notes = new AuditNotes(
                viewer, name(operation), operation.getOperation() == OperationDefinition.Operation.MUTATION);
        notes.bindToThisThread();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            notes.end();
            if (notes.kind() != null && !notes.written()) {
                append(notes.entry(outcome(result, failure)));
            }
        });
    }

    /** Joins the request's row to the unit transaction about to commit, once per request. */
    @Override
    public void beforeCommit(JdbcClient sql) {
        AuditNotes notes = AuditNotes.onThisThread();
        if (notes == null || notes.kind() == null || notes.written()) {
            return;
        }
        auditLog.append(sql, notes.entry("OK"));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                notes.markWritten();
            }
        });
    }

    private void append(AuditLog.Entry entry) {
        try {
            door.write(scope -> {
                auditLog.appendAlone(scope, entry);
                return null;
            });
        } catch (RuntimeException e) {
            // What the request did has committed or never happened: a lost row is logged loudly.
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
