package vn.hanoi.danvan.api.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The limits on what one request may ask for, with graphql-java's own measures where it has
 * them (depth, complexity, the parser's token limit) and ours where it has none (aliases,
 * document size before parsing). {@code danvan.limits.enabled=false} removes them all, for the
 * benchmark's comparison only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "danvan.limits.enabled", havingValue = "true", matchIfMissing = true)
class LimitsConfiguration {

    /**
     * A field counts one, plus its selection; a connection's selection counts once for every row
     * {@code first} may return, so {@code first: 200} over a deep selection weighs what it costs.
     */
    static final FieldComplexityCalculator ROWS_TIMES_SELECTION = (env, childComplexity) -> {
        Object first = env.getArguments().get("first");
        int rows = first instanceof Integer n ? Math.clamp(n, 1, Page.MAX_SIZE) : 1;
        return 1 + childComplexity * rows;
    };

    @Bean
    Instrumentation documentLimits(LimitsProperties limits) {
        return new DocumentLimits(limits, ROWS_TIMES_SELECTION);
    }

    @Bean
    @Order(1)
    DocumentGuard documentGuard(LimitsProperties limits) {
        return new DocumentGuard(limits);
    }

    /** Inside the guard: a request refused for its size never starts the clock. */
    @Bean
    @Order(2)
    RequestTimeout requestTimeout(LimitsProperties limits) {
        return new RequestTimeout(limits.timeout());
    }
}
