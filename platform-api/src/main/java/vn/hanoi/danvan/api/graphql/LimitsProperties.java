package vn.hanoi.danvan.api.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one GraphQL request may ask for ({@code danvan.limits.*}). The defaults leave room for
 * the console's largest document and for GraphiQL's introspection query, and refuse documents
 * built to exhaust the server. Page size is not here: {@link Page} caps {@code first} at 200.
 *
 * @param enabled false only to measure what the limits cost (bench/); never in production
 * @param maxDocumentCharacters refused before parsing, so a huge body costs one length check
 * @param maxTokens the parser stops past this many tokens (graphql-java's own guard)
 * @param maxDepth nesting of selections, fragments unfolded
 * @param maxComplexity one per field, a connection's selection counted once per row it may return
 * @param maxAliases aliased fields in the whole document, fragments included
 * @param timeout a request still running after this is answered TIMEOUT, and the SQL it runs is
 *     cancelled by PostgreSQL at that moment (statement_timeout, see {@link RequestTimeLeft})
 */
@ConfigurationProperties("danvan.limits")
public record LimitsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32768") int maxDocumentCharacters,
        @DefaultValue("10000") int maxTokens,
        @DefaultValue("15") int maxDepth,
        @DefaultValue("20000") int maxComplexity,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("10s") Duration timeout) {}
