package org.smtpcodes.maillog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smtpcodes.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /mail-log} with a size limit of 64 KB, against the running application: a
 * log that grows past it while it is read ends an NDJSON answer already begun with the
 * problem as its last line, and is a 413 when nothing was written yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "smtp-codes.mail-log.max-size=64KB" })
@ExtendWith(ApiTest.RestAssuredPort.class)
class MailLogLimitApiTests {

	private static final String NDJSON = "application/x-ndjson";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void endsAnNdjsonAnswerWithTheProblemWhenTheLogGrowsPastTheLimit() throws Exception {
		byte[] body = large();
		HttpResponse<String> response = chunked(body, NDJSON);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(NDJSON));
		List<String> lines = response.body().lines().toList();
		assertThat(lines).hasSizeGreaterThan(10);
		List<String> attempts = lines.subList(0, lines.size() - 1);
		List<AnswerKey.Row> key = AnswerKey.rows("postfix.log");
		for (int i = 0; i < attempts.size(); i++) {
			JsonNode attempt = JSON.readTree(attempts.get(i));
			assertThat(attempt.has("problem")).as(attempts.get(i)).isFalse();
			// the attempts of the first copy of the log, as the key has them
			if (i < key.size()) {
				assertThat(attempt.get("line").asLong()).isEqualTo(key.get(i).line());
				assertThat(attempt.get("outcome").asString()).isEqualTo(key.get(i).outcome());
			}
		}
		JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
		assertThat(last.propertyNames()).containsExactly("problem");
		JsonNode problem = last.get("problem");
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/content-too-large");
		assertThat(problem.get("limit").asLong()).isEqualTo(64 * 1024);
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	@Test
	void answersTheSameLogWith413WhenNothingWasWrittenYet() throws Exception {
		byte[] body = large();
		// read until it is over the limit: the JSON answer is written at the end
		HttpResponse<String> read = chunked(body, "application/json");
		assertThat(read.statusCode()).isEqualTo(413);
		assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(read.body()).contains("\"type\":\"/problems/content-too-large\"");
		// declared over the limit: refused before it is read, whatever the answer's
		// form
		for (String accept : new String[] { "application/json", NDJSON }) {
			Response declared = given().contentType(ContentType.TEXT).accept(accept).body(body).post("/mail-log");
			assertThat(declared.statusCode()).as(accept).isEqualTo(413);
			assertThat(declared.contentType()).as(accept).isEqualTo("application/problem+json");
			assertThat(declared.path("type").toString()).isEqualTo("/problems/content-too-large");
		}
		// under the limit, the same log is read
		byte[] small = MailLogApiTests.log("sendmail.log");
		assertThat(given().contentType(ContentType.TEXT).body(small).post("/mail-log").statusCode()).isEqualTo(200);
	}

	// postfix.log again and again, to about 200 KB
	private static byte[] large() {
		byte[] log = MailLogApiTests.log("postfix.log");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (body.size() < 200 * 1024) {
			body.writeBytes(log);
		}
		return body.toByteArray();
	}

	// sent without a length, in chunks, so that the limit is met while the log is read
	private HttpResponse<String> chunked(byte[] body, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/mail-log"))
			.header("Content-Type", "text/plain")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
