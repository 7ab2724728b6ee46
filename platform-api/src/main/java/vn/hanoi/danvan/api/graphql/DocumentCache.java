package vn.hanoi.danvan.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents, kept by their text: clients send the same few documents over
 * and over (the console's inbox, an app's status lookup), and parsing plus validation is a large
 * share of a small request. Least recently used documents leave first; a document's validation
 * outcome depends only on its text and the schema, so errors are kept too.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    static final int CAPACITY = 1_000;

    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            synchronized (entries) {
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
