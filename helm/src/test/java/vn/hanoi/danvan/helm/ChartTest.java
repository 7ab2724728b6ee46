package vn.hanoi.danvan.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartTest {

    /** Environment variable names that hold secrets: their values must come from a Secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY|REDIS_URL).*");

    @Test
    void lintsCleanWithItsDefaults() {
        LintResult lint = Chart.helm().lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ci/production-values.yaml", "ci/minimal-values.yaml"})
    void everyContainerHasLimitsRunsAsNonRootOnAReadOnlyRootAndTakesSecretsByReference(String values) {
        List<HasMetadata> manifests = Chart.render(values.isEmpty() ? null : values);

        List<PodSpec> pods = podSpecs(manifests);
        assertThat(pods).hasSizeGreaterThanOrEqualTo(2);
        for (PodSpec pod : pods) {
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            for (Container container : containers(pod)) {
                assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
                assertThat(container.getSecurityContext().getRunAsNonRoot()).isTrue();
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                        .isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                        .isFalse();
                for (EnvVar variable : env(container)) {
                    if (SECRET_NAME.matcher(variable.getName()).matches()) {
                        assertThat(variable.getValue())
                                .as(variable.getName() + " in " + container.getName())
                                .isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull();
                    }
                }
            }
        }
        assertThat(Chart.ofType(manifests, Secret.class)).isEmpty();
        Chart.ofKind(manifests, "ConfigMap")
                .forEach(configMap -> assertThat(
                                configMap.getAdditionalProperties().get("data").toString())
                        .doesNotContainIgnoringCase("password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ci/production-values.yaml"})
    void theFleetMigrationJobRunsBeforeTheApi(String values) {
        List<HasMetadata> manifests = Chart.render(values.isEmpty() ? null : values);

        Job job = Chart.ofType(manifests, Job.class).getFirst();
        Map<String, String> annotations = Chart.annotations(job);
        assertThat(annotations.get("helm.sh/hook")).isEqualTo("pre-install,pre-upgrade");
        assertThat(job.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getArgs())
                .containsExactly("provision", "--all");
        // The api is not a hook: Helm creates it only after the hooks succeeded.
        Deployment api = Chart.ofType(manifests, Deployment.class).getFirst();
        assertThat(Chart.annotations(api)).doesNotContainKey("helm.sh/hook");
        // The api may go through PgBouncer's transaction pooling; the migrations never do.
        String apiUrl = databaseUrl(
                api.getSpec().getTemplate().getSpec().getContainers().getFirst());
        String jobUrl = databaseUrl(
                job.getSpec().getTemplate().getSpec().getContainers().getFirst());
        if (values.isEmpty()) {
            assertThat(jobUrl).isEqualTo(apiUrl);
        } else {
            assertThat(apiUrl).contains("pgbouncer").contains("prepareThreshold=0");
            assertThat(jobUrl).doesNotContain("pgbouncer");
        }
    }

    private static String databaseUrl(Container container) {
        return container.getEnv().stream()
                .filter(variable -> variable.getName().equals("SPRING_DATASOURCE_URL"))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    @Test
    void theApiIsProbedThroughActuatorAndServedOnlyThroughItsApplicationPort() {
        List<HasMetadata> manifests = Chart.render("ci/production-values.yaml");

        Container api = Chart.ofType(manifests, Deployment.class)
                .getFirst()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .getFirst();
        assertThat(api.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(api.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(api.getEnv().stream().map(EnvVar::getName)).contains("SPRING_DATASOURCE_PASSWORD");

        Ingress ingress = Chart.ofType(manifests, Ingress.class).getFirst();
        assertThat(ingress.getSpec().getRules().getFirst().getHttp().getPaths())
                .allSatisfy(path -> assertThat(
                                path.getBackend().getService().getPort().getName())
                        .isEqualTo("http"));

        HorizontalPodAutoscaler autoscaler =
                Chart.ofType(manifests, HorizontalPodAutoscaler.class).getFirst();
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName())
                .isEqualTo(Chart.ofType(manifests, Deployment.class)
                        .getFirst()
                        .getMetadata()
                        .getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(3);
        PodDisruptionBudget budget =
                Chart.ofType(manifests, PodDisruptionBudget.class).getFirst();
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(2);
        assertThat(Chart.ofType(manifests, NetworkPolicy.class)).hasSize(1);
        assertThat(Chart.ofKind(manifests, "ServiceMonitor")).hasSize(1);
    }

    @Test
    void optionalPartsStayOutWhenTurnedOff() {
        List<HasMetadata> manifests = Chart.render("ci/minimal-values.yaml");

        assertThat(Chart.ofType(manifests, Ingress.class)).isEmpty();
        assertThat(Chart.ofType(manifests, HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(Chart.ofType(manifests, NetworkPolicy.class)).isEmpty();
        assertThat(Chart.ofKind(manifests, "ServiceMonitor")).isEmpty();
        Deployment api = Chart.ofType(manifests, Deployment.class).getFirst();
        assertThat(api.getSpec().getReplicas()).isEqualTo(1);
        assertThat(api.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                        .map(EnvVar::getName))
                .doesNotContain("DANVAN_REDIS_URL");
    }

    @Test
    void aMissingIssuerOrDatabaseSecretStopsTheRender() {
        assertThatThrownBy(() -> Chart.render(null, template -> template.set("keycloak.issuerUri", "")))
                .hasMessageContaining("keycloak.issuerUri is required");
        assertThatThrownBy(() -> Chart.render(null, template -> template.set("postgresql.existingSecret", "")))
                .hasMessageContaining("postgresql.existingSecret is required");
    }

    private static List<PodSpec> podSpecs(List<HasMetadata> manifests) {
        List<PodSpec> pods = new ArrayList<>();
        Chart.ofType(manifests, Deployment.class)
                .forEach(deployment ->
                        pods.add(deployment.getSpec().getTemplate().getSpec()));
        Chart.ofType(manifests, Job.class)
                .forEach(job -> pods.add(job.getSpec().getTemplate().getSpec()));
        return pods;
    }

    private static List<Container> containers(PodSpec pod) {
        return Stream.concat(
                        pod.getContainers().stream(),
                        pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream())
                .toList();
    }

    private static List<EnvVar> env(Container container) {
        return container.getEnv() == null ? List.of() : container.getEnv();
    }
}
