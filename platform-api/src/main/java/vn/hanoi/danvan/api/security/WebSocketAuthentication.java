package vn.hanoi.danvan.api.security;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * GraphQL over WebSocket (graphql-ws): browsers cannot send headers with the upgrade, so the
 * bearer token comes in the {@code connection_init} payload ({@code {"Authorization": "Bearer
 * ..."}}), is validated like a header token, and stays with the connection. A bad token closes
 * the connection (4401). Each operation on the connection then sees the viewer as an HTTP
 * request would: the rest of the interceptors run with it in the security context.
 */
@Component
@Order(-1)
class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    private static final String AUTHENTICATION = WebSocketAuthentication.class.getName();

    private final JwtDecoder decoder;
    private final JwtAuthenticationConverter converter;

    WebSocketAuthentication(JwtDecoder decoder, JwtAuthenticationConverter converter) {
        this.decoder = decoder;
        this.converter = converter;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        Object header = payload.getOrDefault("Authorization", payload.get("authorization"));
        if (header == null) {
            return Mono.empty(); // anonymous: may run what anonymous callers may run
        }
        String value = String.valueOf(header);
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Mono.error(new IllegalArgumentException("Authorization must be a bearer token"));
        }
        try {
            info.getAttributes()
                    .put(
                            AUTHENTICATION,
                            converter.convert(decoder.decode(value.substring(7).strip())));
        } catch (JwtException e) {
            return Mono.error(new IllegalArgumentException("The access token is invalid or expired"));
        }
        return Mono.empty();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socket)
                || !(socket.getSessionInfo().getAttributes().get(AUTHENTICATION) instanceof Authentication auth)) {
            return chain.next(request);
        }
        // The interceptors inside read the viewer as they are called, on this thread.
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return chain.next(request);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
