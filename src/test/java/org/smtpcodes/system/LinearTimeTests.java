package org.smtpcodes.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a client sends can slow the service down: hostile texts at the size limit are
 * answered within a generous safety bound (a normal answer takes well under a millisecond
 * of work; a super-linear step would take seconds on these inputs), and no request data
 * reaches java.util.regex.
 */
@ApiTest
class LinearTimeTests {

	// the readers of the catalogue's own files, which check their keys with the JDK's
	// regular expressions
	private static final Set<String> CATALOGUE_READERS = Set.of("FactsReader.java", "BounceRulesLoader.java");

	// generous: it fails on super-linear behaviour, not on a slow or busy machine
	private static final long BOUND_MILLIS = 1000;

	@Test
	void answersHostileTextsAtTheSizeLimitQuickly() {
		int size = 16 * 1024 - 100;
		List<String> hostile = new ArrayList<>();
		hostile.add("user unknow ".repeat(size / 12));
		hostile.add("550 ".repeat(size / 4));
		hostile.add("550-".repeat(size / 4));
		hostile.add("5.5.5.5.".repeat(size / 8));
		hostile.add("(".repeat(size / 2) + ")".repeat(size / 2));
		hostile.add("<".repeat(size));
		hostile.add("a".repeat(size));
		hostile.add("550 5.1.1 " + "x".repeat(size - 20));
		hostile.add(("550-5.7.1 " + "blocked spam policy ".repeat(3) + "\n").repeat(90));
		hostile.add("said: ".repeat(size / 6));
		hostile.add("mail box quota ".repeat(size / 15));
		// a first answer of each kind, untimed: the bound is about the texts, not about a
		// cold start of the JVM
		for (String text : hostile) {
			given().contentType(ContentType.TEXT)
				.body(text.substring(0, Math.min(text.length(), 200)))
				.post("/explain");
		}
		for (String text : hostile) {
			String reply = text.substring(0, Math.min(text.length(), size));
			long started = System.nanoTime();
			int status = given().contentType(ContentType.TEXT).body(reply).post("/explain").statusCode();
			long millis = (System.nanoTime() - started) / 1_000_000;
			// 422: a text that holds no SMTP reply ("user unknow ...", "(((...")
			assertThat(status).as(reply.substring(0, 40)).isIn(200, 413, 422);
			assertThat(millis).as("%s... answered in %d ms", reply.substring(0, 20), millis).isLessThan(BOUND_MILLIS);
		}
	}

	@Test
	void requestDataNeverReachesJavaUtilRegex() throws IOException {
		// the catalogue's own data may use the JDK's regular expressions; code that reads
		// requests may not
		List<Path> readers = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/smtpcodes"))) {
			files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !CATALOGUE_READERS.contains(file.getFileName().toString()))
				.forEach(readers::add);
		}
		assertThat(readers).hasSizeGreaterThan(20);
		for (Path file : readers) {
			String source = Files.readString(file);
			assertThat(source).as(file.toString())
				.doesNotContain("java.util.regex")
				.doesNotContain(".matches(")
				.doesNotContain(".replaceAll(")
				.doesNotContain(".replaceFirst(")
				// String.split takes a one-character separator (or an escaped one)
				// without the regex engine
				.doesNotContainPattern("\\.split\\(\"(?!\\\\{0,2}.\")");
		}
	}

}
