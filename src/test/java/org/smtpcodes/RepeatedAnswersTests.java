package org.smtpcodes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.restassured.http.Header;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first and a repeated request get the same answer, headers and all: the answers that
 * are kept serialized are written by the same path as those serialized on the spot, JSON
 * and pages alike. A browser's {@code Accept} gets the page of each URL but
 * {@code /reasons}, which has none; every other {@code Accept} gets JSON.
 */
@ApiTest
class RepeatedAnswersTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	// the URLs of the API that have no page
	private static final Set<String> WITHOUT_PAGE = Set.of("/reasons");

	@Test
	void answersAFirstAndARepeatedRequestWithTheSameHeaders() {
		// pairs and spellings that no other test asks for, so that the first request here
		// is the first
		for (String path : new String[] { "/compare?a=221&b=354", "/compare?a=%20354&b=221", "/codes/5.3.4",
				"/codes/4.7.98", "/codes?class=3", "/codes", "/reasons", "/explain?reply=452%204.3.1%20full" }) {
			for (String accept : new String[] { null, "application/json", "*/*", BROWSER_ACCEPT }) {
				for (String origin : new String[] { null, "https://example.org" }) {
					// REST Assured asks for gzip by default
					for (String encoding : new String[] { null, "identity" }) {
						Map<String, String> first = headers(path, accept, origin, encoding);
						Map<String, String> repeated = headers(path, accept, origin, encoding);
						assertThat(repeated)
							.as("%s, Accept %s, Origin %s, Accept-Encoding %s", path, accept, origin, encoding)
							.isEqualTo(first);
						assertThat(first).as(path).doesNotContainKey("content-disposition");
					}
				}
			}
		}
	}

	@Test
	void answersASpellingOfAPairAsThePairItself() {
		Response plain = given().get("/compare?a=221&b=451");
		Response spaced = given().urlEncodingEnabled(false).get("/compare?a=%20221&b=451%20");
		assertThat(spaced.statusCode()).isEqualTo(200);
		assertThat(spaced.header("ETag")).isEqualTo(plain.header("ETag"));
		assertThat(spaced.asByteArray()).isEqualTo(plain.asByteArray());
		Response page = given().header("Accept", BROWSER_ACCEPT).get("/compare?a=221&b=451");
		Response spacedPage = given().urlEncodingEnabled(false)
			.header("Accept", BROWSER_ACCEPT)
			.get("/compare?a=%20221&b=451%20");
		assertThat(spacedPage.contentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(spacedPage.header("ETag")).isEqualTo(page.header("ETag")).isNotEqualTo(plain.header("ETag"));
		assertThat(spacedPage.asByteArray()).isEqualTo(page.asByteArray());
	}

	private static Map<String, String> headers(String path, String accept, String origin, String encoding) {
		var request = given().urlEncodingEnabled(false);
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		Response response = request.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		boolean page = BROWSER_ACCEPT.equals(accept) && !WITHOUT_PAGE.contains(path);
		assertThat(response.contentType()).as("%s, Accept %s", path, accept)
			.isEqualTo(page ? "text/html;charset=UTF-8" : "application/json");
		Map<String, String> headers = new TreeMap<>();
		for (Header header : response.headers()) {
			if (!header.getName().equalsIgnoreCase("Date") && !header.getName().equalsIgnoreCase("Keep-Alive")) {
				headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + ", " + b);
			}
		}
		return headers;
	}

}
