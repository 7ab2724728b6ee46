package vn.hanoi.danvan.api.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Tokens are validated here; what a viewer may do is decided in the GraphQL layer, where the
 * answer can be a GraphQL error with a code. {@code /graphql} is open because citizens look up
 * their petition's status without signing in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.everyDecoder();
    }

    /**
     * No observation per security filter: turning them off by property still wraps each of the
     * chain's filters in an observing decorator on every request (bench/RESULTS.md).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment environment) throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies to forge
                .cors(withDefaults()) // from CorsConfiguration
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(environment)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable()) // no sessions, no saved requests to resume
                .logout(logout -> logout.disable()) // signing out is the token issuer's
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health")
                        .permitAll()
                        .requestMatchers(metricsOnTheManagementPort(environment))
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAuthority("ROLE_" + Role.PLATFORM_ADMIN.name())
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(
                        server -> server.jwt(withDefaults()).authenticationEntryPoint(graphQlUnauthenticated()));
        return http.build();
    }

    /**
     * The console's scripts and styles come from this server only (no inline code, no CDN); it
     * talks to this server, and under single sign-on to the identity provider's token endpoint.
     */
    static String contentSecurityPolicy(Environment environment) {
        String connect = "'self'";
        String issuer = environment.getProperty("danvan.console.issuer-uri", "");
        if (!issuer.isBlank()) {
            URI uri = URI.create(issuer.strip());
            connect += " " + uri.getScheme() + "://" + uri.getRawAuthority();
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src " + connect
                + "; form-action 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
    }

    /**
     * Prometheus scrapes without a token, on the management port only: a port the chart keeps
     * inside the cluster (no Ingress reaches it). On the application port the metrics need a
     * platform admin like every other actuator endpoint.
     */
    private static RequestMatcher metricsOnTheManagementPort(Environment environment) {
        return request -> "/actuator/prometheus".equals(request.getRequestURI())
                && Integer.valueOf(request.getLocalPort())
                        .equals(environment.getProperty("local.management.port", Integer.class));
    }

    /** Realm roles become authorities, so a URL rule can ask for one. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter(Viewers viewers) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> viewers.of(jwt).roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList());
        return converter;
    }

    /** A bad or expired token gets 401 with a GraphQL-shaped body a client can read. */
    private static AuthenticationEntryPoint graphQlUnauthenticated() {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write("""
                            {"errors":[{"message":"The access token is missing, invalid or expired.",\
                            "extensions":{"code":"UNAUTHENTICATED"}}]}""".getBytes(StandardCharsets.UTF_8));
        };
    }
}
