package vn.hanoi.danvan.api.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.hanoi.danvan.api.security.FirstPartyClients;
import vn.hanoi.danvan.api.security.Viewers;

@Configuration(proxyBeanMethods = false)
class PersistedDocumentConfiguration {

    /** After rate limiting (order 3), before idempotency (5), which needs the resolved document. */
    @Bean
    @Order(4)
    PersistedDocumentInterceptor persistedDocumentInterceptor(
            TrustedDocuments trusted,
            AutomaticPersistedQueries automatic,
            FirstPartyClients firstParty,
            Viewers viewers) {
        return new PersistedDocumentInterceptor(trusted, automatic, firstParty, viewers);
    }
}
