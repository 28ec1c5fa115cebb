package org.smtpcodes.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;
import org.yaml.snakeyaml.Yaml;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in deploy/k8s/ parse, fit together, and probe endpoints the service really has.
 */
@ApiTest
class DeploymentManifestsTests {

	private static final Path FOLDER = Path.of("deploy/k8s");

	@Test
	void listsEveryManifestInTheKustomization() throws IOException {
		Map<String, Object> kustomization = single("kustomization.yaml");
		List<String> resources = list(kustomization.get("resources"));
		try (var files = Files.list(FOLDER)) {
			List<String> manifests = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
				.toList();
			assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);
		}
	}

	@Test
	void runsSeveralNonRootReplicasWithLimitsAndProbes() throws IOException {
		Map<String, Object> deployment = single("deployment.yaml");
		assertThat(deployment.get("kind")).isEqualTo("Deployment");
		Map<String, Object> spec = map(deployment.get("spec"));
		assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
		Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
		assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
		Map<String, Object> container = map(list(pod.get("containers")).get(0));
		assertThat(map(container.get("securityContext")).get("readOnlyRootFilesystem")).isEqualTo(true);
		Map<String, Object> resources = map(container.get("resources"));
		assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
		assertThat(map(resources.get("limits"))).containsKeys("cpu", "memory");
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
			// probed on the port that serves traffic, which the application test runs on
			assertThat(get.get("port")).as(probe).isEqualTo("http");
			given().get((String) get.get("path")).then().statusCode(200);
		}
		assertThat(path(container, "readinessProbe")).isEqualTo("/readyz");
		assertThat(path(container, "livenessProbe")).isEqualTo("/livez");
		List<Map<String, Object>> ports = list(container.get("ports"));
		assertThat(ports).extracting((port) -> port.get("name") + ":" + port.get("containerPort"))
			.containsExactly("http:8080", "management:8081");
	}

	@Test
	void exposesTheApiButNotTheManagementPort() throws IOException {
		Map<String, Object> service = single("service.yaml");
		List<Map<String, Object>> ports = list(map(service.get("spec")).get("ports"));
		assertThat(ports).extracting((port) -> port.get("targetPort")).containsExactly("http");
	}

	@Test
	void pointsTheServiceAutoscalerAndBudgetAtTheDeployment() throws IOException {
		Map<String, Object> deployment = single("deployment.yaml");
		String name = (String) map(deployment.get("metadata")).get("name");
		Map<String, Object> labels = map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
		Map<String, Object> service = single("service.yaml");
		assertThat(labels).containsAllEntriesOf(map(map(service.get("spec")).get("selector")));
		Map<String, Object> hpa = single("hpa.yaml");
		Map<String, Object> target = map(map(hpa.get("spec")).get("scaleTargetRef"));
		assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", name);
		assertThat((Integer) map(hpa.get("spec")).get("minReplicas")).isGreaterThanOrEqualTo(2);
		Map<String, Object> pdb = single("pdb.yaml");
		assertThat(labels).containsAllEntriesOf(map(map(map(pdb.get("spec")).get("selector")).get("matchLabels")));
	}

	private static String path(Map<String, Object> container, String probe) {
		return (String) map(map(container.get(probe)).get("httpGet")).get("path");
	}

	private static Map<String, Object> single(String file) throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(FOLDER.resolve(file))) {
			for (Object document : new Yaml().loadAll(reader)) {
				documents.add(map(document));
			}
		}
		assertThat(documents).as(file).hasSize(1);
		return documents.get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return new HashMap<>((Map<String, Object>) value);
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<T>) value;
	}

}
