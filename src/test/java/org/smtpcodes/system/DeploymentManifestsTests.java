package org.smtpcodes.system;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.smtpcodes.ApiTest;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.GitProperties;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.env.Environment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container image (Dockerfile, .dockerignore) and the Kubernetes manifests in
 * deploy/k8s/ parse, fit together, share one file of JVM settings, and probe and scrape
 * endpoints the service really has.
 */
@ApiTest
class DeploymentManifestsTests {

	private static final Path FOLDER = Path.of("deploy/k8s");

	/** The JVM settings, one flag a line: the one place they are written. */
	private static final Path JVM_OPTIONS = FOLDER.resolve("jvm.options");

	/** Where the image keeps them, and the Deployment mounts them. */
	private static final String IMAGE_JVM_OPTIONS = "/app/jvm.options";

	@Autowired
	Environment environment;

	@LocalManagementPort
	int managementPort;

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
	void runsNonRootContainersWithLimitsAndProbes() throws IOException {
		Map<String, Object> deployment = single("deployment.yaml");
		assertThat(deployment.get("kind")).isEqualTo("Deployment");
		Map<String, Object> pod = pod(deployment);
		assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
		Map<String, Object> container = container(deployment);
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
	void leavesTheNumberOfReplicasToTheAutoscaler() throws IOException {
		// a count in the Deployment would set the scale back at every apply
		assertThat(map(single("deployment.yaml").get("spec"))).doesNotContainKey("replicas");
		assertThat((Integer) map(single("hpa.yaml").get("spec")).get("minReplicas")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void exposesTheApiButNotTheManagementPort() throws IOException {
		Map<String, Object> service = single("service.yaml");
		List<Map<String, Object>> ports = list(map(service.get("spec")).get("ports"));
		assertThat(ports).extracting((port) -> port.get("targetPort")).containsExactly("http");
	}

	@Test
	void scrapesMetricsOnTheManagementPortOnly() throws IOException {
		Map<String, Object> application = application();
		int management = (Integer) map(map(application.get("management")).get("server")).get("port");
		int server = (Integer) map(application.get("server")).get("port");
		assertThat(management).isNotEqualTo(server);
		Map<String, Object> deployment = single("deployment.yaml");
		Map<String, Object> annotations = map(
				map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("annotations"));
		assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
			.containsEntry("prometheus.io/port", String.valueOf(management))
			.containsEntry("prometheus.io/path", "/actuator/prometheus");
		List<Map<String, Object>> ports = list(container(deployment).get("ports"));
		assertThat(ports).extracting((port) -> port.get("name") + ":" + port.get("containerPort"))
			.contains("management:" + management, "http:" + server);
		List<Map<String, Object>> servicePorts = list(map(single("service.yaml").get("spec")).get("ports"));
		assertThat(servicePorts).extracting((port) -> String.valueOf(port.get("targetPort")))
			.doesNotContain("management", String.valueOf(management));
		// what the annotations point at answers on the management port, and only there
		String metrics = (String) annotations.get("prometheus.io/path");
		given().port(this.managementPort).get(metrics).then().statusCode(200);
		given().get(metrics).then().statusCode(404);
	}

	@Test
	void pointsTheServiceAutoscalerAndBudgetAtTheDeployment() throws IOException {
		Map<String, Object> deployment = single("deployment.yaml");
		String name = (String) map(deployment.get("metadata")).get("name");
		Map<String, Object> labels = map(
				map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
		Map<String, Object> service = single("service.yaml");
		assertThat(labels).containsAllEntriesOf(map(map(service.get("spec")).get("selector")));
		Map<String, Object> hpa = single("hpa.yaml");
		Map<String, Object> target = map(map(hpa.get("spec")).get("scaleTargetRef"));
		assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", name);
		assertThat((Integer) map(hpa.get("spec")).get("minReplicas")).isGreaterThanOrEqualTo(2);
		Map<String, Object> pdb = single("pdb.yaml");
		assertThat(labels).containsAllEntriesOf(map(map(map(pdb.get("spec")).get("selector")).get("matchLabels")));
	}

	@Test
	void takesTheJvmSettingsFromOneFile() throws IOException {
		List<String> flags = new ArrayList<>();
		for (String line : Files.readAllLines(JVM_OPTIONS)) {
			String flag = line.replaceFirst("#.*", "").strip();
			if (!flag.isEmpty()) {
				flags.add(flag);
			}
		}
		assertThat(flags).isNotEmpty().allMatch((flag) -> flag.matches("-\\S+"));
		// the image copies the file to where its entrypoint and the AOT cache's training
		// run read it
		List<Instruction> dockerfile = dockerfile();
		assertThat(arguments(dockerfile, "COPY")).contains(JVM_OPTIONS + " " + IMAGE_JVM_OPTIONS);
		assertThat(last(dockerfile, "ENTRYPOINT")).startsWith("[\"java\", \"@" + IMAGE_JVM_OPTIONS + "\", ");
		assertThat(arguments(dockerfile, "RUN")).filteredOn((run) -> run.contains("-XX:AOTCacheOutput"))
			.singleElement()
			.asString()
			.startsWith("java @" + IMAGE_JVM_OPTIONS + " ");
		// the Deployment mounts a ConfigMap of the same file on that path
		List<Map<String, Object>> generators = list(single("kustomization.yaml").get("configMapGenerator"));
		Map<String, Object> generator = generators.stream()
			.filter((candidate) -> list(candidate.get("files")).contains(JVM_OPTIONS.getFileName().toString()))
			.findFirst()
			.orElseThrow();
		Map<String, Object> deployment = single("deployment.yaml");
		List<Map<String, Object>> volumes = list(pod(deployment).get("volumes"));
		Map<String, Object> volume = volumes.stream()
			.filter((candidate) -> candidate.containsKey("configMap"))
			.filter((candidate) -> generator.get("name").equals(map(candidate.get("configMap")).get("name")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> container = container(deployment);
		List<Map<String, Object>> mounts = list(container.get("volumeMounts"));
		assertThat(mounts).filteredOn((mount) -> volume.get("name").equals(mount.get("name")))
			.singleElement()
			.satisfies((mount) -> assertThat(mount).containsEntry("mountPath", IMAGE_JVM_OPTIONS)
				.containsEntry("subPath", JVM_OPTIONS.getFileName().toString()));
		// and no other place sets JVM options or writes one of the flags again
		List<Map<String, Object>> env = list(container.get("env"));
		assertThat(env).extracting((variable) -> variable.get("name"))
			.doesNotContain("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "MALLOC_ARENA_MAX");
		List<String> names = flags.stream().map(DeploymentManifestsTests::nameOf).toList();
		List<Path> others = new ArrayList<>(List.of(Path.of("Dockerfile"), Path.of("bench/jvm.sh")));
		try (var files = Files.list(FOLDER)) {
			files.filter((file) -> file.toString().endsWith(".yaml")).forEach(others::add);
		}
		for (Path other : others) {
			String text = Files.readString(other);
			assertThat(names).as(other.toString()).allSatisfy((name) -> assertThat(text).doesNotContain(name));
		}
		// the benchmarks start the service with what bench/jvm.sh read from the file
		// (their load generators, JVMs of their own, have settings of their own)
		assertThat(Files.readString(Path.of("bench/jvm.sh"))).contains(JVM_OPTIONS.toString());
		for (String script : List.of("bench/run", "bench/load", "bench/flood")) {
			List<String> starts = Files.readAllLines(Path.of(script))
				.stream()
				.filter((line) -> line.contains("-jar ") && !line.contains("-Djarmode"))
				.toList();
			assertThat(starts).as(script)
				.isNotEmpty()
				.allSatisfy((start) -> assertThat(start).contains("\"$JAVA\" $HEAP ").doesNotContain(names));
		}
		assertThat(arguments(dockerfile, "ENV")).containsOnlyOnce("MALLOC_ARENA_MAX=2");
	}

	@Test
	void rollsOutEachBuildByItsVersion() throws IOException {
		Map<String, Object> container = container(single("deployment.yaml"));
		String image = (String) container.get("image");
		// the tag is set in one place, the kustomization, and never "latest"
		assertThat(image).doesNotContain(":", "@");
		Map<String, Object> entry = list(single("kustomization.yaml").get("images")).stream()
			.map(DeploymentManifestsTests::map)
			.filter((candidate) -> image.equals(candidate.get("name")))
			.findFirst()
			.orElseThrow();
		Matcher version = Pattern.compile("<artifactId>smtp-codes</artifactId>\\s*<version>([^<-]+)")
			.matcher(Files.readString(Path.of("pom.xml")));
		assertThat(version.find()).isTrue();
		assertThat(entry).satisfiesAnyOf((pinned) -> assertThat(pinned).containsEntry("newTag", version.group(1)),
				(pinned) -> assertThat((String) pinned.get("digest")).matches("sha256:[0-9a-f]{64}"));
		// a version or a digest names one build: a node may keep the image it has
		assertThat(container.get("imagePullPolicy")).isEqualTo("IfNotPresent");
	}

	@Test
	void buildsAndRunsOnPinnedBaseImages() throws IOException {
		List<Instruction> dockerfile = dockerfile();
		Map<String, String> args = new HashMap<>();
		List<String> images = new ArrayList<>();
		for (Instruction instruction : dockerfile) {
			if (instruction.keyword().equals("ARG") && images.isEmpty()) {
				String[] arg = instruction.arguments().split("=", 2);
				args.put(arg[0], (arg.length > 1) ? arg[1].replace("\"", "") : "");
			}
			if (instruction.keyword().equals("FROM")) {
				String image = instruction.arguments().split("\\s+")[0];
				for (Map.Entry<String, String> arg : args.entrySet()) {
					image = image.replace("${" + arg.getKey() + "}", arg.getValue());
				}
				images.add(image);
			}
		}
		assertThat(images).hasSize(2)
			.allMatch((image) -> image.matches("[\\w./-]+:\\d+\\.\\d+\\.\\d+[_+.\\w-]*(@sha256:[0-9a-f]{64})?"),
					"pinned by version");
		// the JDK that builds (Spring AOT settles what depends on the Java version) is
		// the JRE's release
		assertThat(images).extracting((image) -> image.replaceFirst("-(jdk|jre)", ""))
			.containsOnly(images.get(1).replaceFirst("-(jdk|jre)", ""));
	}

	@Test
	void runsAsTheNumericUserTheManifestsName() throws IOException {
		Matcher user = Pattern.compile("(\\d+):(\\d+)").matcher(last(dockerfile(), "USER"));
		assertThat(user.matches()).isTrue();
		int uid = Integer.parseInt(user.group(1));
		int gid = Integer.parseInt(user.group(2));
		assertThat(uid).isPositive();
		assertThat(gid).isPositive();
		Map<String, Object> context = map(pod(single("deployment.yaml")).get("securityContext"));
		assertThat(context).containsEntry("runAsNonRoot", true)
			.containsEntry("runAsUser", uid)
			.containsEntry("runAsGroup", gid);
	}

	@Test
	void pausesBeforeStoppingSoThatLoadBalancersCanDrain() throws IOException {
		Map<String, Object> deployment = single("deployment.yaml");
		Map<String, Object> preStop = map(map(container(deployment).get("lifecycle")).get("preStop"));
		int pause = (Integer) map(preStop.get("sleep")).get("seconds");
		assertThat(pause).isBetween(5, 30);
		// the pause and the graceful shutdown both fit before Kubernetes kills the
		// process
		Duration shutdown = this.environment.getRequiredProperty("spring.lifecycle.timeout-per-shutdown-phase",
				Duration.class);
		assertThat(pause + shutdown.toSeconds())
			.isLessThan(((Integer) pod(deployment).get("terminationGracePeriodSeconds")).longValue());
	}

	@Test
	void keepsTheBuildContextToWhatTheDockerfileCopies() throws IOException {
		Path ignore = Path.of(".dockerignore");
		assertThat(ignore).isRegularFile();
		List<String> patterns = Files.readAllLines(ignore)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		// everything is left out (.git, target/, test data), then what the build copies
		// is let back in
		assertThat(patterns).first().isEqualTo("*");
		List<String> allowed = patterns.subList(1, patterns.size());
		assertThat(allowed).allMatch((pattern) -> pattern.startsWith("!"));
		List<String> copied = new ArrayList<>();
		for (String copy : arguments(dockerfile(), "COPY")) {
			if (!copy.startsWith("--from=")) {
				List<String> words = List.of(copy.split("\\s+"));
				words.subList(0, words.size() - 1)
					.stream()
					.filter((word) -> !word.startsWith("--"))
					.forEach(copied::add);
			}
		}
		assertThat(allowed).extracting((pattern) -> pattern.substring(1)).containsExactlyInAnyOrderElementsOf(copied);
		assertThat(copied).doesNotContain(".", ".git", "target", "src");
	}

	@Test
	void checksHealthWithTheProbesNotWithAJvmInTheImage() throws IOException {
		// a HEALTHCHECK would start a process (a JVM, or a shell and a client) at every
		// interval
		assertThat(dockerfile()).extracting(Instruction::keyword).doesNotContain("HEALTHCHECK");
		Map<String, Object> container = container(single("deployment.yaml"));
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			assertThat(map(container.get(probe))).as(probe).containsKey("httpGet").doesNotContainKey("exec");
		}
	}

	@Test
	void writesTheCommitItIsBuiltFromIntoTheImage() throws IOException {
		List<Instruction> dockerfile = dockerfile();
		List<String> builds = arguments(dockerfile, "RUN").stream()
			.filter((run) -> run.contains("git.properties"))
			.toList();
		assertThat(builds).hasSize(1);
		String build = builds.get(0);
		// written where the jar takes it from, before the build, which does not overwrite
		// it with an empty one
		Matcher printf = Pattern.compile("printf '([^']*)' \"\\$GIT_COMMIT\" \"\\$GIT_COMMIT_TIME\" > (\\S+);")
			.matcher(build);
		assertThat(printf.find()).as(build).isTrue();
		assertThat(printf.group(2)).isEqualTo("target/classes/git.properties");
		assertThat(build.indexOf("./mvnw")).isGreaterThan(printf.end());
		assertThat(build).contains("-Dmaven.gitcommitid.skip=true");
		assertThat(arguments(dockerfile, "ARG")).contains("GIT_COMMIT=\"\"", "GIT_COMMIT_TIME=\"\"");
		assertThat(arguments(dockerfile, "LABEL")).contains("org.opencontainers.image.revision=\"${GIT_COMMIT}\"");
		// what it writes for a commit (git log -1 --format=%ct: seconds since the epoch)
		// is what /actuator/info reads
		String commit = "4e745f63e4a7fc88de71f654a485c387eb9f1150";
		String written = printf.group(1)
			.replace("\\n", "\n")
			.replaceFirst("%s", commit)
			.replaceFirst("%s", "1796194694");
		Properties file = new Properties();
		file.load(new StringReader(written));
		Properties entries = new Properties();
		file.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith("git."))
			.forEach((name) -> entries.setProperty(name.substring(4), file.getProperty(name)));
		GitProperties git = new GitProperties(entries);
		assertThat(git.getCommitId()).isEqualTo(commit);
		assertThat(git.getShortCommitId()).isEqualTo("4e745f6");
		assertThat(git.getCommitTime()).isEqualTo(Instant.ofEpochSecond(1796194694));
	}

	@Test
	void leavesAnEmptyTmpAfterTrainingTheCache() throws IOException {
		List<Instruction> dockerfile = dockerfile();
		List<String> keywords = dockerfile.stream().map(Instruction::keyword).toList();
		List<Instruction> stage = dockerfile.subList(keywords.lastIndexOf("FROM"), dockerfile.size());
		// every run of the application while the image is built removes what it wrote to
		// /tmp, in the same layer, and runs before USER: what it left there would belong
		// to root and stay in the image
		List<Instruction> runs = stage.stream()
			.filter((instruction) -> instruction.keyword().equals("RUN") && instruction.arguments().contains("app.jar"))
			.toList();
		assertThat(runs).isNotEmpty()
			.allSatisfy((run) -> assertThat(run.arguments()).endsWith("&& find /tmp -mindepth 1 -delete"));
		int user = stage.stream().map(Instruction::keyword).toList().indexOf("USER");
		assertThat(user).isPositive();
		assertThat(runs).allSatisfy((run) -> assertThat(stage.indexOf(run)).isLessThan(user));
	}

	@Test
	@EnabledOnOs({ OS.LINUX, OS.MAC })
	void checksTheMavenItDownloadsAndSaysWhatToDoWithoutNetwork(@TempDir Path home) throws Exception {
		Properties wrapper = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(".mvn/wrapper/maven-wrapper.properties"))) {
			wrapper.load(reader);
		}
		String url = wrapper.getProperty("distributionUrl");
		assertThat(url).matches("https://\\S+/apache-maven-\\d+\\.\\d+\\.\\d+-bin\\.zip");
		assertThat(wrapper.getProperty("distributionSha256Sum")).matches("[0-9a-f]{64}");
		// a download that fails says what it fetched from where, and how to build without
		// it
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String repository = "http://127.0.0.1:" + closed + "/maven2";
		ProcessBuilder builder = new ProcessBuilder("./mvnw", "-v").redirectErrorStream(true);
		builder.environment().put("MAVEN_USER_HOME", home.toString());
		builder.environment().put("MVNW_REPOURL", repository);
		builder.environment().remove("MVNW_VERBOSE");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isNotZero();
		String version = url.replaceFirst(".*/apache-maven-(.*)-bin\\.zip", "$1");
		assertThat(output)
			.contains(
					repository + "/org/apache/maven/apache-maven/" + version + "/apache-maven-" + version + "-bin.zip")
			.contains("needs the network")
			.contains("run an installed Maven")
			.contains("MVNW_REPOURL");
	}

	/**
	 * The name of a JVM flag without its value: {@code -Xmx}, {@code UseSerialGC},
	 * {@code MaxMetaspaceSize}.
	 */
	private static String nameOf(String flag) {
		if (flag.startsWith("-XX:")) {
			return flag.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
		}
		if (flag.matches("-X(mx|ms|mn|ss)\\d.*")) {
			return flag.substring(0, 4);
		}
		return flag.replaceFirst("=.*", "");
	}

	/** One instruction of the Dockerfile, its lines joined, comments left out. */
	private record Instruction(String keyword, String arguments) {
	}

	private static List<Instruction> dockerfile() throws IOException {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			boolean continued = trimmed.endsWith("\\");
			current.append(continued ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed).append(' ');
			if (!continued) {
				String[] instruction = current.toString().strip().split("\\s+", 2);
				instructions.add(new Instruction(instruction[0].toUpperCase(Locale.ROOT), instruction[1]));
				current.setLength(0);
			}
		}
		return instructions;
	}

	private static List<String> arguments(List<Instruction> dockerfile, String keyword) {
		return dockerfile.stream()
			.filter((instruction) -> instruction.keyword().equals(keyword))
			.map(Instruction::arguments)
			.toList();
	}

	private static String last(List<Instruction> dockerfile, String keyword) {
		List<String> all = arguments(dockerfile, keyword);
		assertThat(all).as(keyword).isNotEmpty();
		return all.get(all.size() - 1);
	}

	private static Map<String, Object> pod(Map<String, Object> deployment) {
		return map(map(map(deployment.get("spec")).get("template")).get("spec"));
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		return map(list(pod(deployment).get("containers")).get(0));
	}

	private static String path(Map<String, Object> container, String probe) {
		return (String) map(map(container.get(probe)).get("httpGet")).get("path");
	}

	private static Map<String, Object> application() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.yaml"))) {
			return map(new Yaml().load(reader));
		}
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
