package vn.hanoi.danvan.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param unitClaim the token claim that carries the user's unit code
 * @param corsOrigins origins allowed to call the API from a browser
 */
@ConfigurationProperties("danvan.security")
public record SecurityProperties(
        @DefaultValue("unit") String unitClaim,
        @DefaultValue List<String> corsOrigins) {}
