package vn.hanoi.danvan.api.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * Puts the request id and the viewer's unit code into the logging context (MDC: {@code
 * requestId}, {@code unit}) for the length of an HTTP request, so every line logged while serving
 * it carries them (as fields in the JSON logs), and clears them after. The id comes from the
 * caller's {@code X-Request-Id} when it is a plain token, else a new one, and goes back in the
 * response. Nothing about the person: no subject, name or token. Runs after Spring Security, so
 * the viewer is known.
 */
@Component
class RequestLogContext extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    static final String UNIT = "unit";

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Viewers viewers;

    RequestLogContext(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && PLAIN_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        MDC.put(REQUEST_ID, requestId);
        viewers.current().unit().ifPresent(unit -> MDC.put(UNIT, unit.value()));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(UNIT);
        }
    }
}
