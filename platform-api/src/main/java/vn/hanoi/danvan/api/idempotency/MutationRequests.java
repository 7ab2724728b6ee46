package vn.hanoi.danvan.api.idempotency;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.graphql.server.WebGraphQlRequest;
import tools.jackson.databind.json.JsonMapper;

/** What an idempotency key is checked against: is the request a mutation, and which one exactly. */
final class MutationRequests {

    private final JsonMapper json;

    MutationRequests(JsonMapper json) {
        this.json = json;
    }

    /** Whether the operation the request runs is a mutation; an unparsable document is not. */
    static boolean isMutation(WebGraphQlRequest request) {
        Document document;
        try {
            // The document as it will run: a persisted one asked for by hash is already resolved.
            document = Parser.parse(request.toExecutionInput().getQuery());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        String name = request.getOperationName();
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> name == null || name.equals(operation.getName()))
                .findFirst()
                .map(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION)
                .orElse(false);
    }

    /** SHA-256 of the document as it runs, operation name and variables (keys sorted), hex. */
    String fingerprint(WebGraphQlRequest request) {
        return fingerprint(request.toExecutionInput().getQuery(), request.getOperationName(), request.getVariables());
    }

    String fingerprint(String document, String operationName, Map<String, Object> variables) {
        String text = document + "\n" + operationName + "\n" + json.writeValueAsString(sorted(variables));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            ((Map<String, Object>) map).forEach((key, inner) -> result.put(key, sorted(inner)));
            return result;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(MutationRequests::sorted).toList();
        }
        return value;
    }
}
