package vn.hanoi.danvan.api.graphql;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code me}: who the API takes the caller to be. */
@Controller
class MeController {

    @QueryMapping
    Viewer me(@ContextValue Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        return viewer;
    }
}
