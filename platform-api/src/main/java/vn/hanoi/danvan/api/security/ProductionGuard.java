package vn.hanoi.danvan.api.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production with development shortcuts: the {@code prod} profile never runs
 * beside {@code dev} (self-signed tokens, {@code /dev/*}, the embedded database), and it needs a
 * real database and a real token issuer. Runs before any other bean is made.
 */
@Component
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        if (!active.contains("prod")) {
            return;
        }
        if (active.contains("dev")) {
            throw new IllegalStateException(
                    "The prod profile refuses to start with the dev profile (self-signed tokens, /dev/*).");
        }
        require("spring.datasource.url", "the PostgreSQL JDBC URL");
        require("spring.security.oauth2.resourceserver.jwt.issuer-uri", "the Keycloak realm's issuer URI");
        require(
                "spring.security.oauth2.resourceserver.jwt.audiences",
                "the audience the realm puts in the API's tokens");
        require("danvan.personal-data.encryption-key", "the key national ID numbers are encrypted with");
        require("danvan.personal-data.hash-key", "the key national ID numbers are hashed with");
        for (String switchedOff : List.of("danvan.limits.enabled", "danvan.rate-limit.enabled")) {
            // Off only to measure what they cost (bench/): production always has them.
            if ("false"
                    .equalsIgnoreCase(
                            environment.getProperty(switchedOff, "true").strip())) {
                throw new IllegalStateException("The prod profile refuses " + switchedOff + "=false.");
            }
        }
        for (String key : List.of("danvan.personal-data.encryption-key", "danvan.personal-data.hash-key")) {
            if (environment.getProperty(key, "").startsWith(DEV_KEY_PREFIX)) {
                throw new IllegalStateException("The prod profile refuses the development value of " + key + ".");
            }
        }
    }

    /** The development keys in application-dev.yaml both start so ("dev-only-" in base64). */
    private static final String DEV_KEY_PREFIX = "ZGV2LW9ubHkt";

    private void require(String property, String what) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The prod profile needs " + property + " (" + what + ").");
        }
    }
}
