package org.smtpcodes.maillog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpcodes.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /mail-log} against the running application, with the logs Postfix, Exim and
 * OpenSMTPD wrote when they were recorded delivering to a test receiver, and a
 * hand-written Sendmail log (src/test/resources/logs, HOW.md). Every delivery attempt is
 * read against the answer key, the figures printed; the counts and groups are checked
 * against counts that grep and awk make over the same files; and what clients send wrong
 * gets a clear problem, never a 5xx.
 */
@ApiTest
class MailLogApiTests {

	private static final String PATH = "/mail-log";

	private static final String NDJSON = "application/x-ndjson";

	private static final String PROBLEM_JSON = "application/problem+json";

	/** The recorded logs and the format each is read as. */
	private static final Map<String, String> LOGS = Map.of("postfix.log", "postfix", "exim.log", "exim",
			"opensmtpd.log", "opensmtpd", "sendmail.log", "sendmail");

	/** postfix.log in the four other syslog prefix forms, line for line. */
	private static final List<String> FORMS = List.of("forms/postfix.rfc3339.log", "forms/postfix.rfc5424.log",
			"forms/postfix.journal-short.log", "forms/postfix.journal-short-iso.log");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Where grep and awk read the logs: a folder of plain files. */
	@TempDir
	static Path folder;

	@LocalServerPort
	int port;

	@BeforeAll
	static void copyTheLogsForGrepAndAwk() throws IOException {
		for (String file : LOGS.keySet()) {
			Files.write(folder.resolve(file), log(file));
		}
	}

	// the answer key, row by row

	@Test
	void readsEveryDeliveryAttemptAsTheAnswerKeyHasIt() {
		int rows = 0;
		int matched = 0;
		List<String> misses = new ArrayList<>();
		for (String file : List.of("postfix.log", "exim.log", "opensmtpd.log", "sendmail.log")) {
			List<AnswerKey.Row> key = AnswerKey.rows(file);
			List<JsonNode> attempts = attempts(post("", log(file), NDJSON));
			List<JsonNode> unmatched = new ArrayList<>(attempts);
			int fileMatched = 0;
			for (AnswerKey.Row row : key) {
				JsonNode attempt = unmatched.stream()
					.filter((candidate) -> candidate.get("line").asLong() == row.line()
							&& row.recipient().equals(text(candidate, "recipient")))
					.findFirst()
					.orElse(null);
				if (attempt == null) {
					misses.add(file + ":" + row.line() + " " + row.recipient() + ": no attempt");
					continue;
				}
				unmatched.remove(attempt);
				List<String> differences = differences(row, attempt);
				if (differences.isEmpty()) {
					fileMatched++;
				}
				else {
					misses.add(file + ":" + row.line() + " " + row.recipient() + ": " + differences);
				}
			}
			unmatched.forEach((attempt) -> misses.add(file + ":" + attempt.get("line").asLong() + " "
					+ text(attempt, "recipient") + ": an attempt the key lacks"));
			System.out.printf("mail-log %s: %d of %d key rows read alike (%.1f%%), %d attempts the key lacks%n", file,
					fileMatched, key.size(), 100.0 * fileMatched / key.size(), unmatched.size());
			// in order: the attempts come line by line as the key lists them, one for
			// one
			if (!attempts.stream()
				.map((attempt) -> attempt.get("line").asLong())
				.toList()
				.equals(key.stream().map(AnswerKey.Row::line).toList())) {
				misses.add(file + ": the attempts are not on the key's lines in the key's order");
			}
			rows += key.size();
			matched += fileMatched;
		}
		System.out.printf("mail-log accuracy over %d key rows: %.1f%% (%d)%n", rows, 100.0 * matched / rows, matched);
		misses.forEach((miss) -> System.out.println("  MISS " + miss));
		assertThat(rows).isEqualTo(447);
		// the key is exact: the floor is every row
		assertThat(misses).isEmpty();
		assertThat(matched).isEqualTo(rows);
	}

	// what differs between a row of the key and the attempt answered for it
	private static List<String> differences(AnswerKey.Row row, JsonNode attempt) {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("outcome", row.outcome());
		expected.put("recipient", row.recipient());
		expected.put("queueId", row.queueId());
		expected.put("sender", row.sender().isEmpty() ? "<>" : row.sender());
		expected.put("replyCode", row.replyCode());
		expected.put("enhancedCode", row.enhancedCode());
		expected.put("reply", row.reply());
		List<String> differences = new ArrayList<>();
		expected.forEach((field, value) -> {
			String answered = text(attempt, field);
			String wanted = value.isEmpty() ? null : value;
			if (!Objects.equals(wanted, answered)) {
				differences.add(field + " " + wanted + " -> " + answered);
			}
		});
		return differences;
	}

	@Test
	void countsWhatTheAnswerKeyCountsAndEveryLineOfEachLog() {
		for (Map.Entry<String, String> log : LOGS.entrySet()) {
			String file = log.getKey();
			Response response = post("", log(file), null);
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			assertThat(response.contentType()).as(file).isEqualTo("application/json");
			Map<String, Long> outcomes = AnswerKey.rows(file)
				.stream()
				.collect(Collectors.groupingBy(AnswerKey.Row::outcome, Collectors.counting()));
			assertThat(number(response, "summary.delivered")).as(file).isEqualTo(outcomes.get("delivered"));
			assertThat(number(response, "summary.deferred")).as(file).isEqualTo(outcomes.get("deferred"));
			assertThat(number(response, "summary.bounced")).as(file).isEqualTo(outcomes.get("bounced"));
			assertThat(number(response, "summary.expired")).as(file).isEqualTo(outcomes.get("expired"));
			assertThat(number(response, "summary.deliveries")).as(file).isEqualTo(AnswerKey.rows(file).size());
			assertThat(number(response, "summary.lines")).as(file).isEqualTo(lineCount(log(file)));
			assertThat(number(response, "summary.cutLines")).as(file).isZero();
			Map<String, Object> formats = response.path("summary.formats");
			assertThat(formats).as(file).containsOnlyKeys(log.getValue());
			assertThat(number(response, "summary.unknownLines") + number(response, "summary.formats." + log.getValue()))
				.as(file)
				.isEqualTo(lineCount(log(file)));
		}
	}

	@Test
	void readsTheSameAttemptsWhateverTheSyslogPrefix() {
		List<String> bsd = sameness(attempts(post("", log("postfix.log"), NDJSON)));
		Response bsdSummary = post("", log("postfix.log"), null);
		assertThat(bsd).hasSize(AnswerKey.rows("postfix.log").size());
		for (String form : FORMS) {
			assertThat(sameness(attempts(post("", log(form), NDJSON)))).as(form).isEqualTo(bsd);
			Response summary = post("", log(form), null);
			for (String count : new String[] { "lines", "unknownLines", "deliveries", "delivered", "deferred",
					"bounced", "expired" }) {
				assertThat(number(summary, "summary." + count)).as(form + " " + count)
					.isEqualTo(number(bsdSummary, "summary." + count));
			}
		}
	}

	// what an attempt is, whatever the prefix of its line: no time, no host
	private static List<String> sameness(List<JsonNode> attempts) {
		return attempts.stream()
			.map((attempt) -> String.join(" | ", Long.toString(attempt.get("line").asLong()), text(attempt, "queueId"),
					text(attempt, "sender"), text(attempt, "outcome"), text(attempt, "recipient"),
					text(attempt, "reply"), text(attempt, "diagnostic"), text(attempt, "reason")))
			.toList();
	}

	// the counts against grep and awk over the same files

	@Test
	void countsPostfixFailuresPerRecipientDomainAsAwkDoes() {
		// the recipient domain of every deferred or bounced status line (expiry lines
		// name no recipient, so the groups' expired counts are left out)
		Map<String, Long> awk = table(shell("""
				awk '/ status=(deferred|bounced) / {
				    match($0, /to=<[^>]*>/); address = substr($0, RSTART + 4, RLENGTH - 5)
				    sub(/.*@/, "", address); count[tolower(address)]++
				} END { for (domain in count) print domain, count[domain] }' postfix.log
				"""));
		Response response = post("?groups=1000", log("postfix.log"), null);
		Map<String, Long> answered = new TreeMap<>();
		for (Map<String, Object> group : groups(response, "groups.domain")) {
			long failed = ((Number) group.get("deferred")).longValue() + ((Number) group.get("bounced")).longValue();
			if (failed > 0) {
				answered.put((String) group.get("key"), failed);
			}
		}
		assertThat(awk).hasSizeGreaterThanOrEqualTo(5);
		assertThat(answered).isEqualTo(awk);
		assertThat(number(response, "groups.domain.moreGroups")).isZero();
	}

	@Test
	void countsOutcomesAsGrepCountsTheirStatusLines() {
		Response postfix = post("", log("postfix.log"), null);
		assertThat(number(postfix, "summary.delivered")).isEqualTo(count("grep -c ' status=sent ' postfix.log"));
		assertThat(number(postfix, "summary.deferred")).isEqualTo(count("grep -c ' status=deferred ' postfix.log"));
		assertThat(number(postfix, "summary.bounced")).isEqualTo(count("grep -c ' status=bounced ' postfix.log"));
		Response exim = post("", log("exim.log"), null);
		assertThat(number(exim, "summary.delivered")).isEqualTo(count("grep -cE ' (=>|->) ' exim.log"));
		assertThat(number(exim, "summary.deferred")).isEqualTo(count("grep -c ' == ' exim.log"));
		assertThat(number(exim, "summary.bounced") + number(exim, "summary.expired"))
			.isEqualTo(count("grep -c ' \\*\\* ' exim.log"));
		assertThat(number(exim, "summary.expired")).isEqualTo(
				count("grep -cE ' \\*\\* .*(retry timeout exceeded|have been failing for a long time)' exim.log"));
		Response opensmtpd = post("", log("opensmtpd.log"), null);
		assertThat(number(opensmtpd, "summary.delivered"))
			.isEqualTo(count("grep -c ' delivery evpid=.* result=\"Ok\"' opensmtpd.log"));
		assertThat(number(opensmtpd, "summary.deferred"))
			.isEqualTo(count("grep -c ' delivery evpid=.* result=\"TempFail\"' opensmtpd.log"));
		assertThat(number(opensmtpd, "summary.bounced"))
			.isEqualTo(count("grep -c ' delivery evpid=.* result=\"PermFail\"' opensmtpd.log"));
		assertThat(number(opensmtpd, "summary.expired")).isEqualTo(count("grep -c ': Expire for ' opensmtpd.log"));
	}

	@Test
	void groupsOneReplyToManyRecipientsAsGrepCountsIt() {
		Map<String, String> statusLines = Map.of("postfix.log", "grep ' status=' postfix.log", "exim.log",
				"grep -E ' (==|\\*\\*) ' exim.log", "opensmtpd.log", "grep ' delivery evpid=' opensmtpd.log",
				"sendmail.log", "grep ' to=' sendmail.log");
		statusLines.forEach((file, grep) -> {
			long lines = count(grep + " | grep -c 'Mailbox full, try again later'");
			List<Map<String, Object>> full = groups(post("?groups=1000", log(file), null), "groups.reply").stream()
				.filter((group) -> ((String) group.get("key")).contains("Mailbox full, try again later"))
				.toList();
			assertThat(lines).as(file).isPositive();
			// one group, whoever the recipient was and whatever host answered
			assertThat(full).as(file).hasSize(1);
			assertThat(((Number) full.get(0).get("deliveries")).longValue()).as(file).isEqualTo(lines);
			assertThat((String) full.get(0).get("key")).as(file).contains("452 4.2.2").doesNotContain("full-carol");
		});
	}

	@Test
	void groupsEveryAttemptBySenderDomainAsTheAnswerKeyHasIt() {
		// the senders' counts against the key's rather than grep's: a count by sender in
		// the Postfix and Sendmail logs would join the from= lines of each queue id to
		// its status lines, a program of its own rather than a check
		for (String file : LOGS.keySet()) {
			Map<String, Long> key = AnswerKey.rows(file)
				.stream()
				.collect(Collectors.groupingBy(AnswerKey.Row::senderDomain, TreeMap::new, Collectors.counting()));
			Map<String, Long> delivered = AnswerKey.rows(file)
				.stream()
				.filter((row) -> row.outcome().equals("delivered"))
				.collect(Collectors.groupingBy(AnswerKey.Row::senderDomain, TreeMap::new, Collectors.counting()));
			Response response = post("?groups=1000", log(file), null);
			Map<String, Long> answered = new TreeMap<>();
			Map<String, Long> answeredDelivered = new TreeMap<>();
			for (Map<String, Object> group : groups(response, "senders")) {
				answered.put((String) group.get("key"), ((Number) group.get("deliveries")).longValue());
				long count = ((Number) group.get("delivered")).longValue();
				if (count > 0) {
					answeredDelivered.put((String) group.get("key"), count);
				}
			}
			assertThat(answered).as(file).isEqualTo(key);
			assertThat(answeredDelivered).as(file).isEqualTo(delivered);
		}
	}

	@Test
	void listsTheLargestGroupsFirstAndCountsTheRest() {
		for (String file : LOGS.keySet()) {
			Response all = post("?groups=1000", log(file), null);
			Response two = post("?groups=2", log(file), null);
			for (String kind : new String[] { "groups.reason", "groups.domain", "groups.provider", "groups.reply",
					"senders" }) {
				List<Long> sizes = groups(all, kind).stream()
					.map((group) -> ((Number) group.get("deliveries")).longValue())
					.toList();
				assertThat(sizes).as(file + " " + kind).isSortedAccordingTo((a, b) -> Long.compare(b, a));
				List<Map<String, Object>> listed = groups(two, kind);
				assertThat(listed).as(file + " " + kind).hasSizeLessThanOrEqualTo(2);
				assertThat(listed).as(file + " " + kind).isEqualTo(groups(all, kind).subList(0, listed.size()));
				assertThat(number(two, kind + ".moreGroups")).as(file + " " + kind)
					.isEqualTo(sizes.size() - listed.size());
				assertThat(number(two, kind + ".moreDeliveries")).as(file + " " + kind)
					.isEqualTo(sizes.stream().skip(listed.size()).mapToLong(Long::longValue).sum());
			}
			long failed = number(two, "summary.deferred") + number(two, "summary.bounced")
					+ number(two, "summary.expired");
			long listedFailures = groups(two, "groups.reason").stream()
				.mapToLong((group) -> ((Number) group.get("deliveries")).longValue())
				.sum();
			assertThat(groups(two, "groups.reason")).as(file).hasSize(2);
			assertThat(listedFailures + number(two, "groups.reason.moreDeliveries")).as(file).isEqualTo(failed);
		}
	}

	@Test
	void masksTheLocalPartOfEveryAddressWhenAsked() {
		for (String file : LOGS.keySet()) {
			List<String> localParts = AnswerKey.rows(file)
				.stream()
				.map(AnswerKey.Row::recipientLocalPart)
				.distinct()
				.toList();
			Response json = post("?mask=addresses&groups=1000", log(file), null);
			Response ndjson = post("?mask=addresses", log(file), NDJSON);
			assertThat(json.statusCode()).isEqualTo(200);
			assertThat(ndjson.statusCode()).isEqualTo(200);
			for (Response response : new Response[] { json, ndjson }) {
				String answer = response.asString();
				assertThat(answer).as(file).contains("*@example.net");
				for (String localPart : localParts) {
					assertThat(Pattern.compile("(?<![\\w.+-])" + Pattern.quote(localPart) + "(?![\\w+-])")
						.matcher(answer)
						.find()).as(file + ": " + localPart).isFalse();
					assertThat(answer).as(file).doesNotContain(localPart + "@").doesNotContain(localPart + "%40");
				}
			}
			// unmasked, the attempts name every one of them
			String unmasked = post("", log(file), NDJSON).asString();
			assertThat(localParts).allSatisfy((localPart) -> assertThat(unmasked).contains(localPart + "@"));
		}
	}

	@Test
	void describesTheReasonsInTheLanguageAsked() {
		Map<String, String> japanese = reasons("ja");
		Map<String, String> english = reasons("en");
		for (String file : LOGS.keySet()) {
			Response response = post("?lang=ja&groups=1000", log(file), null);
			assertThat(response.header("Content-Language")).isEqualTo("ja");
			List<Map<String, Object>> groups = groups(response, "groups.reason");
			assertThat(groups).as(file).isNotEmpty();
			for (Map<String, Object> group : groups) {
				String reason = (String) group.get("key");
				assertThat(japanese).as(file).containsKey(reason);
				assertThat(group.get("description")).as(file + " " + reason)
					.isEqualTo(japanese.get(reason))
					.isNotEqualTo(english.get(reason));
			}
			List<Map<String, Object>> inEnglish = groups(post("?groups=1000", log(file), null), "groups.reason");
			assertThat(inEnglish.stream().map((group) -> group.get("description")).toList())
				.isEqualTo(groups.stream().map((group) -> english.get((String) group.get("key"))).toList());
		}
	}

	private static Map<String, String> reasons(String language) {
		Response response = given().get("/reasons?lang=" + language);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> reasons = response.path("reason");
		List<String> descriptions = response.path("description");
		Map<String, String> described = new LinkedHashMap<>();
		for (int i = 0; i < reasons.size(); i++) {
			described.put(reasons.get(i), descriptions.get(i));
		}
		return described;
	}

	// what comes compressed

	@Test
	void readsAGzipBodyAndAGzipFileAsThePlainLog() throws IOException {
		for (String file : LOGS.keySet()) {
			Response plain = post("", log(file), null);
			byte[] gzip = gzip(log(file));
			Response encoded = given().contentType(ContentType.TEXT)
				.header("Content-Encoding", "gzip")
				.body(gzip)
				.post(PATH);
			Response gzFile = given().contentType("application/gzip").body(gzip).post(PATH);
			Response gzAsText = given().contentType(ContentType.TEXT).body(gzip).post(PATH);
			Response gzAsBytes = given().contentType("application/octet-stream").body(gzip).post(PATH);
			for (Response response : new Response[] { encoded, gzFile, gzAsText, gzAsBytes }) {
				assertThat(response.statusCode()).as(file).isEqualTo(200);
				assertThat((Map<String, Object>) response.path("summary")).as(file)
					.isEqualTo(plain.path("summary"))
					.containsEntry("lines", (int) lineCount(log(file)));
				assertThat(response.asString()).as(file).isEqualTo(plain.asString());
			}
		}
	}

	// content negotiation

	@Test
	void answersJsonUnlessNdjsonIsPreferred() throws IOException {
		byte[] log = log("postfix.log");
		String noAccept = exchange("POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
				+ "Content-Length: " + log.length + "\r\nConnection: close\r\n\r\n", log);
		assertThat(noAccept).startsWith("HTTP/1.1 200").containsIgnoringCase("\r\nContent-Type: application/json\r\n");
		for (String accept : new String[] { "*/*", "application/json", "application/*",
				"application/json, application/x-ndjson;q=0.5" }) {
			Response response = post("", log, accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(200);
			assertThat(response.contentType()).as(accept).isEqualTo("application/json");
			assertThat(number(response, "summary.deliveries")).as(accept)
				.isEqualTo(AnswerKey.rows("postfix.log").size());
		}
		for (String accept : new String[] { NDJSON, "application/x-ndjson, application/json;q=0.5",
				"application/json;q=0.9, application/x-ndjson" }) {
			Response response = post("", log, accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(200);
			assertThat(response.contentType()).as(accept).startsWith(NDJSON);
			assertThat(attempts(response)).as(accept).hasSize(AnswerKey.rows("postfix.log").size());
		}
	}

	// bad input: a clear problem, never a 5xx

	@Test
	void refusesAnEmptyBody() {
		for (String accept : new String[] { "application/json", NDJSON }) {
			Response response = post("", new byte[0], accept);
			assertProblem(response, 400, "/problems/empty-log");
		}
	}

	@Test
	void refusesBinaryFiles() throws IOException {
		byte[] random = new byte[200 * 1024];
		new Random(17).nextBytes(random);
		byte[] png = png();
		assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		byte[] classFile;
		try (InputStream in = MailLogApiTests.class.getResourceAsStream("MailLogApiTests.class")) {
			classFile = in.readAllBytes();
		}
		Map<String, byte[]> files = Map.of("200 KB of random bytes", random, "a PNG", png, "this test's class file",
				classFile);
		files.forEach((name, bytes) -> {
			for (String type : new String[] { "application/octet-stream", "text/plain" }) {
				for (String accept : new String[] { "application/json", NDJSON }) {
					Response response = given().contentType(type).accept(accept).body(bytes).post(PATH);
					assertProblem(response, 422, "/problems/not-a-log");
					assertThat(number(response, "lines")).as(name).isPositive();
				}
			}
		});
	}

	@Test
	void refusesALogOfAnUnknownFormat() {
		String nginx = """
				203.0.113.7 - - [02/Dec/2026:14:17:18 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.4.0"
				203.0.113.7 - - [02/Dec/2026:14:17:19 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "curl/8.4.0"
				198.51.100.23 - - [02/Dec/2026:14:17:20 +0000] "POST /login HTTP/1.1" 302 0 "https://shop.example.com/" "Mozilla/5.0"
				198.51.100.23 - - [02/Dec/2026:14:17:21 +0000] "GET /account HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
				""";
		for (String accept : new String[] { "application/json", NDJSON }) {
			Response response = post("", nginx.getBytes(StandardCharsets.UTF_8), accept);
			assertProblem(response, 422, "/problems/not-a-log");
			assertThat(number(response, "lines")).isEqualTo(4);
		}
	}

	@Test
	void stopsAGzipBombAtTheSizeLimit() throws IOException {
		// 1.1 GiB of zeros, 1 MiB compressed: over the 1 GiB limit once decoded
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024)) {
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 1126; i++) {
				gzip.write(zeros);
			}
		}
		byte[] bomb = compressed.toByteArray();
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		Response encoded = given().contentType(ContentType.TEXT)
			.header("Content-Encoding", "gzip")
			.body(bomb)
			.post(PATH);
		assertProblem(encoded, 413, "/problems/content-too-large");
		assertThat(number(encoded, "limit")).isEqualTo(1024L * 1024 * 1024);
		Response file = given().contentType("application/gzip").body(bomb).post(PATH);
		assertProblem(file, 413, "/problems/content-too-large");
		assertThat(number(file, "limit")).isEqualTo(1024L * 1024 * 1024);
	}

	@Test
	void refusesGzipCutShort() throws IOException {
		byte[] gzip = gzip(log("postfix.log"));
		byte[] cut = Arrays.copyOf(gzip, gzip.length / 2);
		Response encoded = given().contentType(ContentType.TEXT)
			.header("Content-Encoding", "gzip")
			.body(cut)
			.post(PATH);
		assertProblem(encoded, 400, "/problems/broken-gzip");
		Response file = given().contentType("application/gzip").body(cut).post(PATH);
		assertProblem(file, 400, "/problems/broken-gzip");
		// the gzip header alone, cut in the middle
		Response header = given().contentType("application/gzip").body(Arrays.copyOf(gzip, 5)).post(PATH);
		assertProblem(header, 400, "/problems/broken-gzip");
	}

	@Test
	void readsABodyCutMidLineUpToWhereItStops() {
		String text = new String(log("postfix.log"), StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		// a deferred status line after the middle of the log, cut inside its reply
		AnswerKey.Row cutRow = AnswerKey.rows("postfix.log")
			.stream()
			.filter((row) -> row.line() > 200 && row.outcome().equals("deferred") && !row.reply().isEmpty())
			.findFirst()
			.orElseThrow();
		String line = lines.get((int) cutRow.line() - 1);
		String partial = line.substring(0, line.indexOf(" said: ") + 14);
		String body = String.join("\n", lines.subList(0, (int) cutRow.line() - 1)) + "\n" + partial;
		List<AnswerKey.Row> before = AnswerKey.rows("postfix.log")
			.stream()
			.filter((row) -> row.line() < cutRow.line())
			.toList();
		Response response = post("", body.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(number(response, "summary.lines")).isEqualTo(cutRow.line());
		for (String outcome : new String[] { "delivered", "deferred", "bounced", "expired" }) {
			long expected = before.stream().filter((row) -> row.outcome().equals(outcome)).count()
					+ (outcome.equals("deferred") ? 1 : 0);
			assertThat(number(response, "summary." + outcome)).as(outcome).isEqualTo(expected);
		}
		List<JsonNode> attempts = attempts(post("", body.getBytes(StandardCharsets.UTF_8), NDJSON));
		assertThat(attempts).hasSize(before.size() + 1);
		JsonNode last = attempts.get(attempts.size() - 1);
		assertThat(last.get("line").asLong()).isEqualTo(cutRow.line());
		assertThat(text(last, "outcome")).isEqualTo("deferred");
		assertThat(text(last, "recipient")).isEqualTo(cutRow.recipient());
		assertThat(text(last, "queueId")).isEqualTo(cutRow.queueId());
		// what is left of the reply is not taken for more than it is
		String reply = text(last, "reply");
		assertThat(reply == null || cutRow.reply().startsWith(reply)).as(reply).isTrue();
	}

	@Test
	void readsALineOverTheLimitUpToItAndCountsIt() {
		List<String> lines = new ArrayList<>(new String(log("postfix.log"), StandardCharsets.UTF_8).lines().toList());
		String longLine = "Dec  2 14:18:00 smtp1 postfix/smtpd[5578]: warning: " + "x".repeat(20_000);
		lines.add(200, longLine);
		byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		Response response = post("", body, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(number(response, "summary.cutLines")).isEqualTo(1);
		assertThat(number(response, "summary.lines")).isEqualTo(lines.size());
		// the rest of the long line is skipped, and the lines after it are read as
		// before
		Response plain = post("", log("postfix.log"), null);
		for (String count : new String[] { "deliveries", "delivered", "deferred", "bounced", "expired" }) {
			assertThat(number(response, "summary." + count)).as(count).isEqualTo(number(plain, "summary." + count));
		}
		List<Long> before = attempts(post("", log("postfix.log"), NDJSON)).stream()
			.map((attempt) -> attempt.get("line").asLong())
			.toList();
		assertThat(attempts(post("", body, NDJSON)).stream().map((attempt) -> attempt.get("line").asLong()).toList())
			.isEqualTo(before.stream().map((line) -> (line > 200) ? line + 1 : line).toList());
	}

	@Test
	void readsALineThatIsABareReplyCode() {
		// the line, the outcome and the reply code read from it
		String[][] lines = { { "550", "bounced", "550" }, { "Dec  2 14:17:18 app1 relay[7]: 421", "deferred", "421" },
				{ "Dec  2 14:17:18 smtp1 postfix/smtp[5585]: 6808620E168: to=<anna@example.net>, relay=none, "
						+ "delay=1, dsn=5.0.0, status=bounced (550)", "bounced", "550" } };
		for (String[] line : lines) {
			byte[] body = (line[0] + "\n").getBytes(StandardCharsets.UTF_8);
			Response response = post("", body, null);
			assertThat(response.statusCode()).as(line[0]).isEqualTo(200);
			assertThat(number(response, "summary.deliveries")).as(line[0]).isEqualTo(1);
			assertThat(number(response, "summary." + line[1])).as(line[0]).isEqualTo(1);
			List<JsonNode> attempts = attempts(post("", body, NDJSON));
			assertThat(attempts).as(line[0]).hasSize(1);
			assertThat(text(attempts.get(0), "replyCode")).as(line[0]).isEqualTo(line[2]);
			assertThat(text(attempts.get(0), "enhancedCode")).as(line[0]).isNull();
		}
	}

	@Test
	void neverFailsOnLinesCutShortOrGarbled() {
		Random random = new Random(29);
		List<String> files = new ArrayList<>(LOGS.keySet().stream().sorted().toList());
		files.addAll(FORMS);
		for (String file : files) {
			List<String> lines = new String(log(file), StandardCharsets.UTF_8).lines().toList();
			for (int variant = 0; variant < 4; variant++) {
				StringBuilder body = new StringBuilder();
				for (String line : lines) {
					// every line cut somewhere, or with a few of its characters changed
					if (variant % 2 == 0) {
						body.append(line, 0, random.nextInt(line.length() + 1));
					}
					else {
						char[] chars = line.toCharArray();
						for (int i = 0; i < 3 && chars.length > 0; i++) {
							chars[random.nextInt(chars.length)] = " :<>[]()=,\"x0".charAt(random.nextInt(13));
						}
						body.append(chars);
					}
					body.append('\n');
				}
				byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
				for (String accept : new String[] { "application/json", NDJSON }) {
					Response response = post("?groups=3", bytes, accept);
					assertThat(response.statusCode()).as(file + " variant " + variant + " " + accept).isIn(200, 422);
				}
			}
		}
	}

	@Test
	void decidesAnEximDeferralWithoutAnAttemptByTheFailureItWaitsOut() {
		// "retry time not reached for any host for 'example.net'": Exim did not try,
		// since
		// the hosts of that domain failed before; a routing defer "retry time not
		// reached":
		// the address failed before. Each is decided by that failure, an earlier line
		List<JsonNode> attempts = attempts(post("", log("exim.log"), NDJSON));
		Map<Long, JsonNode> byLine = new LinkedHashMap<>();
		attempts.forEach((attempt) -> byLine.putIfAbsent(attempt.get("line").asLong(), attempt));
		List<JsonNode> waiting = attempts.stream()
			.filter((attempt) -> Objects.requireNonNullElse(text(attempt, "diagnostic"), "")
				.startsWith("retry time not reached"))
			.toList();
		assertThat(waiting).hasSizeGreaterThan(30);
		for (JsonNode attempt : waiting) {
			String diagnostic = text(attempt, "diagnostic");
			assertThat(attempt.has("causeLine")).as(diagnostic).isTrue();
			JsonNode cause = byLine.get(attempt.get("causeLine").asLong());
			assertThat(cause).as(diagnostic).isNotNull();
			assertThat(cause.get("line").asLong()).isLessThan(attempt.get("line").asLong());
			assertThat(text(cause, "outcome")).isNotEqualTo("delivered");
			assertThat(Objects.requireNonNullElse(text(cause, "diagnostic"), "")).doesNotStartWith("retry time");
			String recipient = text(attempt, "recipient");
			if (diagnostic.contains(" for any host for '")) {
				String domain = diagnostic.substring(diagnostic.indexOf(" for '") + 6, diagnostic.length() - 1);
				assertThat(text(cause, "recipient")).as(diagnostic).endsWith("@" + domain);
				// the hosts wait after a failure of theirs, not after one recipient's
				// refusal
				assertThat(text(cause, "command")).as(diagnostic).isNotEqualTo("RCPT TO");
			}
			else {
				assertThat(text(cause, "recipient")).as(diagnostic).isEqualTo(recipient);
			}
			assertThat(text(attempt, "reason")).as(diagnostic).isEqualTo(text(cause, "reason"));
		}
		// an attempt whose line says its cause has none
		assertThat(attempts.stream().filter((attempt) -> text(attempt, "reply") != null))
			.allMatch((attempt) -> !attempt.has("causeLine"));
	}

	@Test
	void describesBothAnswersWithTheirOwnSchemasAndExamples() {
		io.restassured.path.json.JsonPath document = given().get("/v3/api-docs").then().extract().jsonPath();
		String post = "paths.'/mail-log'.post.";
		assertThat(document.getMap(post + "requestBody.content").keySet()).contains("text/plain", "application/gzip",
				"multipart/form-data");
		assertThat(
				document.getString(post + "requestBody.content.'text/plain'.examples.'Postfix, five messages'.value"))
			.contains("status=expired, returned to sender");
		// the JSON example is what the reader answers for the example log: 52 lines, 17
		// attempts
		String json = post + "responses.'200'.content.'application/json'.examples.'Postfix, five messages'.value.";
		assertThat(document.getInt(json + "summary.lines")).isEqualTo(52);
		assertThat(document.getInt(json + "summary.deliveries")).isEqualTo(17);
		// an NDJSON line of each outcome, each a value of the line's schema
		String ndjson = post + "responses.'200'.content.'application/x-ndjson'.";
		assertThat(document.getString(ndjson + "schema.$ref")).isEqualTo("#/components/schemas/AttemptLine");
		for (String outcome : List.of("delivered", "deferred", "bounced", "expired")) {
			assertThat(document.getString(ndjson + "examples.'A line: " + outcome + "'.value.outcome"))
				.isEqualTo(outcome);
		}
		// the answer's types have schemas of their own, not those of other answers that
		// share their simple names (Example, Summary)
		assertThat(document.getMap("components.schemas.MailLogExample.properties").keySet()).contains("line", "text",
				"explain");
		assertThat(document.getMap("components.schemas.MailLogGroup.properties.example")).containsEntry("$ref",
				"#/components/schemas/MailLogExample");
	}

	@Test
	void refusesParametersItDoesNotTake() {
		Map<String, String> parameters = Map.of("groups=0", "groups", "groups=abc", "groups", "groups=1001", "groups",
				"groups=-1", "groups", "mask=all", "mask", "mask=", "mask");
		parameters.forEach((query, parameter) -> {
			Response response = post("?" + query, log("sendmail.log"), null);
			assertProblem(response, 400, "/problems/invalid-parameter");
			assertThat(response.path("parameter").toString()).as(query).isEqualTo(parameter);
		});
		assertThat(post("?groups=1&mask=addresses", log("sendmail.log"), null).statusCode()).isEqualTo(200);
		assertThat(post("?groups=1000", log("sendmail.log"), null).statusCode()).isEqualTo(200);
	}

	@Test
	void answersARawLogSentAsAFormWithAClientError() throws Exception {
		// sent as it is: REST Assured would encode a form
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + PATH))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofByteArray(log("sendmail.log")))
			.build();
		HttpResponse<String> response = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.statusCode()).as(type).isEqualTo(status);
		assertThat(response.contentType()).as(type).isEqualTo(PROBLEM_JSON);
		assertThat(response.path("type").toString()).isEqualTo(type);
		assertThat(response.path("status").toString()).isEqualTo(Integer.toString(status));
		assertThat(response.path("detail").toString()).isNotBlank();
	}

	// requests and answers

	private static Response post(String query, byte[] body, String accept) {
		var request = given().contentType(ContentType.TEXT).body(body);
		if (accept != null) {
			request.accept(accept);
		}
		return request.post(PATH + query);
	}

	// the lines of an NDJSON answer, each an attempt
	static List<JsonNode> attempts(Response response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).startsWith(NDJSON);
		String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
		assertThat(body).endsWith("\n");
		List<JsonNode> attempts = body.lines().map(JSON::readTree).toList();
		assertThat(attempts).allSatisfy((attempt) -> assertThat(attempt.has("line")).as(attempt.toString()).isTrue());
		return attempts;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static long number(Response response, String path) {
		Object value = response.path(path);
		assertThat(value).as(path).isInstanceOf(Number.class);
		return ((Number) value).longValue();
	}

	private static List<Map<String, Object>> groups(Response response, String kind) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.path(kind + ".groups");
	}

	static byte[] log(String file) {
		try {
			return new ClassPathResource("logs/" + file).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long lineCount(byte[] log) {
		long lines = 0;
		for (byte b : log) {
			lines += (b == '\n') ? 1 : 0;
		}
		return lines;
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(bytes);
		}
		return compressed.toByteArray();
	}

	// a 64 by 64 picture of noise
	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(5);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 64; y++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

	// grep and awk, run by the shell in the folder of the logs

	private static String shell(String command) {
		try {
			Process process = new ProcessBuilder("sh", "-c", command.strip()).directory(folder.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long count(String command) {
		String output = shell(command).strip();
		assertThat(output).as(command).matches("[0-9]+");
		return Long.parseLong(output);
	}

	// "key count" lines
	private static Map<String, Long> table(String output) {
		return output.lines()
			.map((line) -> line.split(" "))
			.peek((fields) -> assertThat(fields).as(String.join(" ", fields)).hasSize(2))
			.collect(Collectors.toMap((fields) -> fields[0], (fields) -> Long.parseLong(fields[1]), Long::sum,
					TreeMap::new));
	}

	// one request written as it is on a new connection, its answer read to the end
	private String exchange(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().write(body);
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					answer.write(buffer, 0, n);
				}
			}
			catch (SocketTimeoutException ex) {
				// what came is the answer
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
