package org.smtpcodes.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smtpcodes.ApiTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients get wrong is answered with the right 4xx (or the protocol's own status)
 * and a problem detail, never a 5xx, a stack trace or a flood of log lines; the stated
 * limits hold with their own statuses; and nothing is told that need not be. Against the
 * running application.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ClientMistakesTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void refusesPathsNotInNormalFormOnBothPortsWithoutLogging(CapturedOutput output) {
		for (String path : new String[] { "/actuator/health/./ping", "/%2e/ping", "/actuator/health;/../env",
				"/codes/451;x=1", "/problems/%2e%2e", "/codes/%2e%2E/451" }) {
			for (int port : new int[] { this.port, this.managementPort }) {
				Response response = raw().port(port).get(path);
				assertThat(response.statusCode()).as(path).isEqualTo(400);
				assertThat(response.contentType()).as(path).isEqualTo(PROBLEM_JSON);
				assertThat(response.path("type").toString()).isEqualTo("/problems/bad-request");
				assertThat(response.path("detail").toString()).contains("normal form");
			}
		}
		// Tomcat refuses this one itself, before any filter
		assertThat(raw().get("/..;/ping").statusCode()).isEqualTo(400);
		assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat ");
	}

	@Test
	void readsNoMultipartOrFormBodyAndLogsNothing(CapturedOutput output) throws Exception {
		for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=x",
				"multipart/mixed; boundary=\"", "application/x-www-form-urlencoded" }) {
			assertThat(send("GET", "/codes/451", type).statusCode()).as(type).isEqualTo(200);
			HttpResponse<String> post = send("POST", "/explain", type);
			// a form is read (the home page's box sends one): without its field, a 400
			boolean form = type.equals("application/x-www-form-urlencoded");
			assertThat(post.statusCode()).as(type).isEqualTo(form ? 400 : 415);
			assertThat(post.headers().firstValue("Content-Type")).as(type).hasValue(PROBLEM_JSON);
			assertThat(send("PUT", "/codes/451", type).statusCode()).as(type).isEqualTo(405);
		}
		assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat ");
	}

	// a request with a body that is not what its Content-Type says (REST Assured would
	// encode it)
	private HttpResponse<String> send(String method, String path, String contentType) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString("--x\r\na=b\r\n"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void keepsDotsInsideASegment() {
		assertThat(given().get("/codes/4.7.1").statusCode()).isEqualTo(200);
		assertThat(RequestTargets.isNormal("/codes/4.7.1")).isTrue();
		assertThat(RequestTargets.isNormal("/codes/..4")).isTrue();
		assertThat(RequestTargets.isNormal("/codes/..")).isFalse();
		assertThat(RequestTargets.isNormal("/a/%2F/b")).isFalse();
		assertThat(RequestTargets.isNormal("/a\\%5cb")).isFalse();
	}

	@Test
	void answersTheErrorPagesOwnPathWith404OnBothPorts() {
		for (int port : new int[] { this.port, this.managementPort }) {
			Response response = given().port(port).get("/error");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
			assertThat(response.path("type").toString()).isEqualTo("/problems/not-found");
		}
	}

	@Test
	void answersProtocolErrorsWithTheirStatusTypedAsWhatTheyAre() throws IOException {
		String version = exchange("GET /codes/451 HTTP/2.0\r\nHost: localhost\r\n\r\n");
		assertThat(version).startsWith("HTTP/1.1 505").contains("\"type\":\"/problems/http-version-not-supported\"");
		String coding = exchange("POST /explain HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
				+ "Transfer-Encoding: xchunked\r\n\r\n");
		assertThat(coding).startsWith("HTTP/1.1 501").contains("\"type\":\"/problems/not-implemented\"");
	}

	@Test
	void givesEveryErrorABody() {
		Response health = given().port(this.managementPort).get("/actuator/health/nonexistent");
		assertThat(health.statusCode()).isEqualTo(404);
		assertThat(health.contentType()).isEqualTo(PROBLEM_JSON);
		assertThat(health.path("instance").toString()).isEqualTo("/actuator/health/nonexistent");
		Response problemPage = given().get("/problems/no-such-problem");
		assertThat(problemPage.statusCode()).isEqualTo(404);
		assertThat(problemPage.contentType()).isEqualTo(PROBLEM_JSON);
	}

	@Test
	void reportsTheRequestedPathAsTheInstanceOfServerLevelErrors() {
		// Tomcat refuses TRACE itself and forwards to the error page
		Response trace = given().request("TRACE", "/codes/451");
		assertThat(trace.statusCode()).isEqualTo(405);
		assertThat(trace.contentType()).isEqualTo(PROBLEM_JSON);
		assertThat(trace.path("instance").toString()).isEqualTo("/codes/451");
	}

	@Test
	void refusesJsonThatIsNotWhatItSays() {
		for (String body : new String[] { "{\"reply\":550}", "{\"reply\":true}", "{\"reply\":5.5}",
				"{\"reply\":\"550 5.1.1 a\",\"reply\":\"250 ok\"}" }) {
			Response response = given().contentType(ContentType.JSON).body(body).post("/explain");
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.path("detail").toString()).as(body).contains("each field once");
		}
	}

	@Test
	void decodesGzipBodiesWithinTheLimitAndRefusesOtherCodings() throws IOException {
		Response decoded = encoded("gzip").body(gzip("550 5.1.1 <bob@example.org>: User unknown")).post("/explain");
		assertThat(decoded.statusCode()).isEqualTo(200);
		assertThat(decoded.path("text").toString()).isEqualTo("<bob@example.org>: User unknown");
		assertThat(decoded.path("reason").toString()).isEqualTo("userunknown");
		// 200 KB of text in 1 KB of gzip: the limit counts what it unfolds to
		Response bomb = encoded("gzip").body(gzip("a".repeat(200_000))).post("/explain");
		assertThat(bomb.statusCode()).isEqualTo(413);
		assertThat(bomb.path("type").toString()).isEqualTo("/problems/content-too-large");
		Response broken = encoded("gzip").body("not gzip".getBytes(StandardCharsets.US_ASCII)).post("/explain");
		assertThat(broken.statusCode()).isEqualTo(400);
		Response brotli = encoded("br").body("x").post("/explain");
		assertThat(brotli.statusCode()).isEqualTo(415);
		assertThat(brotli.header("Accept-Encoding")).isEqualTo("gzip");
		assertThat(brotli.path("detail").toString()).contains("br");
	}

	@Test
	void answersAMistakenCodeWithItsProblemWhateverTheAccept() {
		for (String accept : new String[] { "application/problem+json", "text/html", "application/xml" }) {
			Response response = given().accept(accept).get("/codes/999");
			assertThat(response.statusCode()).as(accept).isEqualTo(400);
			// a browser's request gets the problem as a page (PagesApiTests)
			assertThat(response.contentType()).as(accept)
				.isEqualTo(accept.equals("text/html") ? "text/html;charset=UTF-8" : PROBLEM_JSON);
			assertThat(given().accept(accept).get("/compare?a=451&b=451").statusCode()).as(accept).isEqualTo(400);
		}
		assertThat(given().accept("image/png").get("/codes/451").statusCode()).isEqualTo(406);
	}

	@Test
	void takesQualityZeroAsNotAcceptable() {
		assertThat(given().accept("application/json;q=0").get("/codes/451").statusCode()).isEqualTo(406);
		assertThat(given().accept("application/json;q=0").get("/compare?a=220&b=451").statusCode()).isEqualTo(406);
		assertThat(given().accept("text/html;q=0, application/json").get("/codes/451").statusCode()).isEqualTo(200);
		assertThat(given().accept("*/*;q=0.1").get("/codes/451").statusCode()).isEqualTo(200);
	}

	@Test
	void namesTheMediaTypesWhenTheBodyHasNone() throws IOException {
		String answer = exchange("POST /explain HTTP/1.1\r\nHost: localhost\r\nContent-Length: 11\r\n"
				+ "Connection: close\r\n\r\n550 5.1.1 x");
		assertThat(answer).startsWith("HTTP/1.1 415")
			.contains("has no Content-Type")
			.contains("application/json")
			.contains("text/plain")
			.doesNotContain("null");
	}

	@Test
	void holdsTheStatedLimitsWithTheirOwnStatuses() {
		Response query = given().get("/codes/451?x=" + "a".repeat(5000));
		assertThat(query.statusCode()).isEqualTo(414);
		assertThat(query.path("limit").toString()).isEqualTo("4096");
		assertThat(given().get("/codes/451?x=" + "a".repeat(4000)).statusCode()).isEqualTo(200);
		assertThat(given().get("/codes/451?x=" + "a".repeat(9000)).statusCode()).isEqualTo(414);
		assertThat(given().header("X-Big", "a".repeat(9000)).get("/codes/451").statusCode()).isEqualTo(431);
		RequestSpecification many = given();
		for (int i = 0; i <= ProblemReportValve.MAX_HEADER_COUNT; i++) {
			many.header("X-Field-" + i, "v");
		}
		Response headers = many.get("/codes/451");
		assertThat(headers.statusCode()).isEqualTo(431);
		assertThat(headers.path("detail").toString()).contains("100 header fields");
	}

	@Test
	void countsNoTrailingBlankLinesAsLinesOfAReply() {
		String hundred = "550 5.1.1 x\n".repeat(100);
		assertThat(given().contentType(ContentType.TEXT).body(hundred + "\n\n").post("/explain").statusCode())
			.isEqualTo(200);
		assertThat(given().contentType(ContentType.TEXT).body(hundred + "550 5.1.1 x").post("/explain").statusCode())
			.isEqualTo(413);
	}

	@Test
	void tellsNothingThatNeedNotBeTold() {
		assertThat(given().get("/readyz").asString()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(given().get("/actuator/health").statusCode()).isEqualTo(404);
		assertThat(given().get("/actuator/prometheus").statusCode()).isEqualTo(404);
		String swaggerConfig = given().header("Host", "evil.example").get("/v3/api-docs/swagger-config").asString();
		assertThat(swaggerConfig).doesNotContain("evil.example").contains("/v3/api-docs");
		String apiDocs = given().header("Host", "evil.example").get("/v3/api-docs").asString();
		assertThat(apiDocs).doesNotContain("evil.example");
		assertThat(given().port(this.managementPort).header("Host", "evil.example").get("/actuator").statusCode())
			.isEqualTo(404);
	}

	@Test
	void listsNoRefusedMethodsInAPreflight() {
		Response preflight = given().header("Origin", "https://tools.example.org")
			.header("Access-Control-Request-Method", "GET")
			.options("/explain");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.header("Allow")).isNull();
		assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD,OPTIONS");
	}

	// REST Assured without the defaults it adds (a charset, a content type, path
	// encoding)
	private static RequestSpecification raw() {
		return given().urlEncodingEnabled(false)
			.config(RestAssuredConfig.config()
				.encoderConfig(
						EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
	}

	private static RequestSpecification encoded(String coding) {
		return given().contentType(ContentType.TEXT).header("Content-Encoding", coding);
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	// one request written as it is on a new connection; the answer as text, read until
	// the service closes the connection or has said nothing more for a second
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(1000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[4096];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					answer.write(buffer, 0, n);
				}
			}
			catch (SocketTimeoutException ex) {
				// the answer is complete: the connection stays open for the next request
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
