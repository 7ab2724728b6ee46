package vn.hanoi.danvan.api.graphql;

import graphql.parser.ParserOptions;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses an oversized document before it is parsed or cached, and gives the parser its token
 * limit: a 2 MB document costs one length check, not a parse.
 */
final class DocumentGuard implements WebGraphQlInterceptor {

    private final LimitsProperties limits;
    private final ParserOptions parserOptions;

    DocumentGuard(LimitsProperties limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options ->
                        options.maxCharacters(limits.maxDocumentCharacters()).maxTokens(limits.maxTokens()));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        int length = request.getDocument().length();
        if (length > limits.maxDocumentCharacters()) {
            return Mono.just(Refusals.refuse(
                    request,
                    ErrorCode.QUERY_LIMIT_EXCEEDED,
                    "The document exceeds the documentSize limit (" + length + " > " + limits.maxDocumentCharacters()
                            + " characters).",
                    Map.of("limit", "documentSize", "max", limits.maxDocumentCharacters())));
        }
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(context -> context.put(ParserOptions.class, parserOptions))
                        .build());
        return chain.next(request);
    }
}
