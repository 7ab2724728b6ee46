package vn.hanoi.danvan.api.graphql;

import graphql.execution.instrumentation.Instrumentation;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import tools.jackson.databind.json.JsonMapper;

/** Schema wiring shared by all features. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** Interfaces such as {@code Node} resolve to the GraphQL type each feature declares. */
    @Bean
    GraphQlSourceBuilderCustomizer nodeTypes(List<NodeResolver> resolvers) {
        ClassNameTypeResolver typeResolver = new ClassNameTypeResolver();
        resolvers.forEach(resolver -> typeResolver.addMapping(resolver.javaType(), resolver.type()));
        return builder -> builder.defaultTypeResolver(typeResolver);
    }

    /** Root fields answer only to those {@link vn.hanoi.danvan.api.security.AccessRules} admit. */
    @Bean
    GraphQlSourceBuilderCustomizer accessCheck() {
        return builder -> builder.typeVisitors(List.of(new AccessCheck()));
    }

    /** Each distinct document is parsed and validated once, not on every request. */
    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        DocumentCache cache = new DocumentCache();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    /**
     * The instrumentation beans in the order Boot chains them, in a chain that stays out of the
     * per-field events none of them listens to ({@link OperationInstrumentations}). Replaces the
     * chain Spring builds from the same beans: configurers run after it is set.
     */
    @Bean
    GraphQlSourceBuilderCustomizer operationInstrumentations(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(
                new OperationInstrumentations(instrumentations.orderedStream().toList())));
    }

    /**
     * Controller methods run on the request's own thread (a virtual one). Boot hands them the
     * application task executor, which moves each blocking fetcher to another thread and the
     * response to an async dispatch that runs the filter chain a second time: for requests that
     * do one unit of work each, that costs far more than it gains (bench/RESULTS.md).
     */
    @Bean
    static BeanPostProcessor controllersOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AnnotatedControllerConfigurer controllers) {
                    controllers.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    /**
     * Spring's GraphQL over HTTP, with 429 for a rate-limited request ({@link GraphQlOverHttp}),
     * the body written by {@link ResponseJson}.
     */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper mapper) {
        return new GraphQlOverHttp(handler, new ResponseJson(mapper));
    }

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME);
    }
}
