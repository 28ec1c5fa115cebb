package org.smtpcodes.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based tests over the HTTP layer: generated codes, parameters, headers, bodies,
 * content types and methods never produce a 5xx, and every error is a problem detail with
 * the right status and a detail that helps. The generator is seeded (-Dhostile.seed=N
 * replays a run); each property tries a few hundred cases.
 */
@ApiTest
class HostileInputTests {

	private static final long SEED = Long.getLong("hostile.seed", 20261129L);

	private static final int CASES = Integer.getInteger("hostile.cases", 300);

	private static final String[] FRAGMENTS = { "5", "4", "2", "3", "0", "9", ".", "..", "-", " ", "%20", "%00", "%2F",
			"%25", "x", "X", "é", "漢", "𝔘", "\\", "'", "\"", "<", ">", "{", "}", "[", "]", "(", ")", ";", "|", "*",
			"1.1", "5.7.", ".7.1", "451", "5.1.1", "4.7.99", "999", "0.0.0", "+", "#", "?", "&", "=", "\t" };

	private final Random random = new Random(SEED);

	@Test
	void anyCodeInThePathIsAnsweredWithoutAServerError() {
		for (int i = 0; i < CASES; i++) {
			String code = code();
			Response response = given().urlEncodingEnabled(false).get("/codes/" + code);
			assertSound(response, "GET /codes/" + code);
		}
	}

	@Test
	void anyPairOfParametersIsAnsweredWithoutAServerError() {
		for (int i = 0; i < CASES; i++) {
			String a = code();
			String b = code();
			String path = "/compare?a=" + a + "&b=" + b + (this.random.nextInt(5) == 0 ? "&lang=" + code() : "");
			Response response = given().urlEncodingEnabled(false).get(path);
			assertSound(response, "GET " + path);
			String list = "/codes?kind=" + code() + "&class=" + code() + "&q=" + code();
			assertSound(given().urlEncodingEnabled(false).get(list), "GET " + list);
		}
	}

	// the paths that read a body
	private static final List<String> PATHS = List.of("/explain", "/bounces", "/mail-log");

	@Test
	void anyBodyAndContentTypeIsAnsweredWithoutAServerError() {
		List<String> types = List.of("application/json", "text/plain", "application/xml", "text/html",
				"application/json; charset=latin1", "multipart/form-data", "application/x-www-form-urlencoded", "*/*",
				"application/json;;", "garbage", "message/rfc822", "application/gzip");
		for (int i = 0; i < CASES; i++) {
			String type = types.get(this.random.nextInt(types.size()));
			byte[] body = body();
			RequestSpecification request = given()
				.config(RestAssuredConfig.config()
					.encoderConfig(
							EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
				.contentType(type);
			// REST Assured encodes a form body itself and takes it only as text
			request = type.startsWith("application/x-www-form-urlencoded")
					? request.body(new String(body, StandardCharsets.ISO_8859_1)) : request.body(body);
			String path = PATHS.get(this.random.nextInt(PATHS.size()));
			Response response = request.post(path);
			assertSound(response, "POST " + path + " as " + type + ": " + new String(body, StandardCharsets.UTF_8));
		}
	}

	@Test
	void anyMethodHeaderAndLanguageIsAnsweredWithoutAServerError() {
		List<String> methods = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE");
		List<String> paths = List.of("/codes/451", "/codes", "/compare?a=450&b=550", "/explain?reply=550", "/reasons",
				"/problems/malformed-code", "/nothing", "/v3/api-docs", "/readyz");
		for (int i = 0; i < CASES; i++) {
			String method = methods.get(this.random.nextInt(methods.size()));
			String path = paths.get(this.random.nextInt(paths.size()));
			Response response = given().header("Accept", text(20))
				.header("Accept-Language", text(40))
				.header("If-None-Match", text(20))
				.header("Origin", "https://" + ascii(10) + ".example")
				.request(method, path);
			if (!method.equals("HEAD")) {
				assertSound(response, method + " " + path);
			}
			else {
				assertThat(response.statusCode()).as("HEAD " + path).isLessThan(500);
			}
		}
	}

	private void assertSound(Response response, String request) {
		int status = response.statusCode();
		assertThat(status).as(request).isLessThan(500);
		if (status >= 400) {
			assertThat(response.contentType()).as(request).startsWith("application/problem+json");
			assertThat(response.jsonPath().getInt("status")).as(request).isEqualTo(status);
			assertThat(response.jsonPath().getString("type")).as(request).startsWith("/problems/");
			assertThat(response.jsonPath().getString("title")).as(request).isNotBlank();
			assertThat(response.jsonPath().getString("detail")).as(request).isNotBlank();
			assertThat(response.asString()).as(request).doesNotContain("Exception").doesNotContain("org.smtpcodes");
		}
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		int parts = 1 + this.random.nextInt(4);
		for (int i = 0; i < parts; i++) {
			code.append(FRAGMENTS[this.random.nextInt(FRAGMENTS.length)]);
		}
		return code.toString()
			.replace(" ", "%20")
			.replace("\t", "%09")
			.replace("#", "%23")
			.replace("&", "%26")
			.replace("?", "%3F")
			.replace("é", "%C3%A9")
			.replace("漢", "%E6%BC%A2")
			.replace("𝔘", "%F0%9D%94%98")
			.replace("\\", "%5C")
			.replace("\"", "%22")
			.replace("<", "%3C")
			.replace(">", "%3E")
			.replace("{", "%7B")
			.replace("}", "%7D")
			.replace("|", "%7C")
			.replace("[", "%5B")
			.replace("]", "%5D");
	}

	private byte[] body() {
		return switch (this.random.nextInt(6)) {
			case 0 -> new byte[0];
			case 1 -> ("{\"reply\": \"" + text(200) + "\"}").getBytes(StandardCharsets.UTF_8);
			case 2 -> ("{\"reply\": " + this.random.nextInt() + "}").getBytes(StandardCharsets.UTF_8);
			case 3 -> text(300).getBytes(StandardCharsets.UTF_8);
			case 4 -> {
				byte[] bytes = new byte[this.random.nextInt(500)];
				this.random.nextBytes(bytes);
				yield bytes;
			}
			default -> ("550-5.1.1 " + text(50) + "\r\n550 5.1.1 " + text(50)).getBytes(StandardCharsets.UTF_8);
		};
	}

	private String text(int max) {
		StringBuilder text = new StringBuilder();
		int length = this.random.nextInt(max + 1);
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(10);
			text.append((char) switch (kind) {
				case 0 -> 0x20 + this.random.nextInt(0x5f);
				case 1 -> 0x3000 + this.random.nextInt(0x100);
				case 2 -> '0' + this.random.nextInt(10);
				default -> 'a' + this.random.nextInt(26);
			});
		}
		return text.toString().replace("\"", "'").replace("\\", "/");
	}

	private String ascii(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append((char) ('a' + this.random.nextInt(26)));
		}
		return text.toString();
	}

}
