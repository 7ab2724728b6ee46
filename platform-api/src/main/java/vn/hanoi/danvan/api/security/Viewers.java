package vn.hanoi.danvan.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The viewer of the current request, from the security context Spring Security filled in. */
@Component
public class Viewers {

    private final JwtViewers jwtViewers;

    Viewers(SecurityProperties properties) {
        this.jwtViewers = new JwtViewers(properties.unitClaim());
    }

    public Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            return jwtViewers.viewer(token.getToken());
        }
        return Viewer.ANONYMOUS;
    }

    public Viewer of(Jwt jwt) {
        return jwtViewers.viewer(jwt);
    }
}
