package vn.hanoi.danvan.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The chart in this module, rendered in-process by Helm and parsed into Kubernetes types. */
final class Chart {

    static final Path DIRECTORY = Path.of("danvan");

    /** The oldest Kubernetes the chart supports (Chart.yaml: kubeVersion). */
    static final String KUBERNETES_VERSION = "1.30.0";

    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

    private Chart() {}

    static Helm helm() {
        return new Helm(DIRECTORY);
    }

    /** The manifests for the chart's defaults plus the given values file (null: defaults only). */
    static List<HasMetadata> render(String valuesFile) {
        return render(valuesFile, UnaryOperator.identity());
    }

    /**
     * Helm's in-process template leaves hooks out of its output, and the migration job is a hook.
     * So the chart is rendered from a copy whose hook annotations carry another name, which makes
     * them ordinary manifests; their annotations get the real name back after parsing.
     */
    static List<HasMetadata> render(String valuesFile, UnaryOperator<TemplateCommand> options) {
        TemplateCommand template = new Helm(copyWithHooksShown())
                .template()
                .withName("danvan")
                .withNamespace("danvan")
                .withKubeVersion(KUBERNETES_VERSION);
        if (valuesFile != null) {
            template = template.withValuesFile(DIRECTORY.resolve(valuesFile));
        }
        List<HasMetadata> manifests = parse(options.apply(template).call());
        manifests.forEach(Chart::restoreHookAnnotations);
        return manifests;
    }

    private static final String HOOK = "helm.sh/hook";
    private static final String SHOWN_HOOK = "shown.danvan.test/hook";

    private static Path copyWithHooksShown() {
        try {
            // Under target/, so that a clean build removes it.
            Path copy = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chart-");
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(DIRECTORY.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.writeString(target, Files.readString(file).replace(HOOK, SHOWN_HOOK));
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restoreHookAnnotations(HasMetadata manifest) {
        Map<String, String> annotations = manifest.getMetadata().getAnnotations();
        if (annotations != null) {
            Map<String, String> restored = new LinkedHashMap<>();
            annotations.forEach((key, value) -> restored.put(key.replace(SHOWN_HOOK, HOOK), value));
            manifest.getMetadata().setAnnotations(restored);
        }
    }

    static List<HasMetadata> parse(String rendered) {
        return Arrays.stream(rendered.split("(?m)^---\\s*$"))
                .map(String::strip)
                .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
                .map(document -> (HasMetadata) KUBERNETES.unmarshal(document))
                .toList();
    }

    static <T extends HasMetadata> List<T> ofType(List<HasMetadata> manifests, Class<T> type) {
        return manifests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<GenericKubernetesResource> ofKind(List<HasMetadata> manifests, String kind) {
        return manifests.stream()
                .filter(manifest -> manifest.getKind().equals(kind))
                .map(manifest -> manifest instanceof GenericKubernetesResource generic
                        ? generic
                        : KUBERNETES.convertValue(manifest, GenericKubernetesResource.class))
                .toList();
    }

    static Map<String, String> annotations(HasMetadata manifest) {
        Map<String, String> annotations = manifest.getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }
}
