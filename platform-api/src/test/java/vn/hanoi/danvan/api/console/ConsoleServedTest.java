package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.ApiTest;

/** The console's files come from the API itself, without sign-in, under a strict CSP. */
class ConsoleServedTest extends ApiTest {

    @Test
    void theConsoleIsServedAtTheRootWithoutSignInAndWithoutInlineCode() {
        Response page = get(port, "/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/app.js\"></script>");
        // No inline script or style: the policy allows none.
        assertThat(page.body()).doesNotContain("<style", "style=\"", "<script>", "onclick=");

        Response withHeaders = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")));
        String policy = withHeaders.header("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
    }

    @Test
    void everyModuleTheConsoleImportsIsServedAsJavaScript() {
        List<String> pending = new ArrayList<>(List.of("/console/app.js"));
        Set<String> seen = new HashSet<>();
        Pattern imports = Pattern.compile("from '(\\.{1,2}/[^']+\\.js)'");
        while (!pending.isEmpty()) {
            String path = pending.removeLast();
            if (!seen.add(path)) {
                continue;
            }
            Response module = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
            assertThat(module.status()).as(path).isEqualTo(200);
            assertThat(module.header("Content-Type")).as(path).startsWith("text/javascript");
            Matcher matcher = imports.matcher(module.body());
            while (matcher.find()) {
                pending.add(
                        URI.create("http://x" + path).resolve(matcher.group(1)).getPath());
            }
        }
        assertThat(seen).contains("/console/views/dashboard.js", "/console/charts.js", "/console/live.js");
        assertThat(get(port, "/console/style.css", null).status()).isEqualTo(200);
    }

    @Test
    void theEmbeddedDefaultTellsTheConsoleToOfferTheDemoUsers() {
        Response config = get(port, "/console/config.json", null);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.<String>read("$.signIn")).isEqualTo("dev");
    }
}
