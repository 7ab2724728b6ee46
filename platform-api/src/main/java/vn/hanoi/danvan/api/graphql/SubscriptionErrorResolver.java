package vn.hanoi.danvan.api.graphql;

import graphql.GraphQLError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A subscription refused or failed gets a coded error, as a query would: an {@link ApiException}
 * as it is, anything else INTERNAL with its details in the log only.
 */
@Component
class SubscriptionErrorResolver extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure) {
        if (failure instanceof ApiException e) {
            return Refusals.error(e.code(), e.getMessage(), e.details());
        }
        log.error("Subscription failed", failure);
        return Refusals.error(ErrorCode.INTERNAL, "The subscription failed on our side.", java.util.Map.of());
    }
}
