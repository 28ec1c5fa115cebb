package org.smtpcodes.pages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeFilter;
import org.smtpcodes.codes.Pair;
import org.smtpcodes.compare.Comparisons;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.system.Answers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages against the running application: which {@code Accept} gets HTML and which
 * JSON, with {@code Vary: Accept} on both; JSON bytes that do not depend on the pages
 * (each code's and comparison's JSON is the same for every JSON {@code Accept}, after a
 * browser was answered a page, and is what the service's serializer writes for the
 * catalogue's document); every code page in both languages (size, one {@code h1}, its
 * language, canonical and {@code hreflang} links, the link to the other language, meta
 * description, schema.org {@code DefinedTerm}); ETag, 304 and gzip of pages; Japanese
 * pages whose links stay in Japanese; errors as pages with the problem's status, title
 * and detail; what a reader pastes or types, escaped and with its bidi controls isolated
 * in {@code <bdi>}; the stylesheet and script; a Content-Security-Policy without
 * {@code 'unsafe-inline'} and pages with nothing inline it would block; the home page's
 * forms and links. Pages are read with jsoup, as a browser's parser reads them. The
 * requests whose headers must be exactly as written (no {@code Accept} at all, gzip left
 * compressed) and the many requests over the whole catalogue go through Java's HTTP
 * client; the others through REST Assured.
 */
@ApiTest
class PagesApiTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final String JSON = "application/json";

	// the API's URLs that answer a page too
	private static final List<String> URLS = List.of("/codes/451", "/codes/5.1.1", "/compare?a=220&b=451", "/codes",
			"/codes?q=greylist", "/explain?reply=550%205.1.1%20User%20unknown");

	private static final List<String> LANGUAGES = List.of("en", "ja");

	private static final int MAX_CODE_PAGE = 30 * 1024;

	private static final int MAX_STYLESHEET = 10 * 1024;

	private static final int MAX_SCRIPT = 4 * 1024;

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	// the controls of bidirectional text that a reader's text may hold
	private static final Pattern BIDI_CONTROL = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

	// what a reader may paste: markup, both quotes, and a right-to-left override
	private static final String HOSTILE_REPLY = "550 5.1.1 <script>alert(1)</script> \"quoted\" 'single' \u202Eevil";

	// HTTP/1.1 as browsers speak it to the service, without asking to upgrade
	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Value("${local.server.port}")
	private int port;

	@Value("${smtp-codes.pages.site-address}")
	private String site;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private Comparisons comparisons;

	@Autowired
	private Explainer explainer;

	@Autowired
	private Answers answers;

	@Autowired
	private MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void answersHtmlToARequestThatPrefersItAndJsonToEveryOther() throws Exception {
		List<String> htmlAccepts = Arrays.asList(BROWSER, "text/html", "text/*, application/json;q=0.5",
				"application/json;q=0.5, text/html");
		// JSON where nothing prefers HTML: none, anything, JSON, and HTML listed but
		// weighed lower or equal and later
		List<String> jsonAccepts = Arrays.asList(null, "*/*", JSON, "text/html;q=0.5, application/json",
				"text/html;q=0.9, application/json", "application/json, text/html");
		for (String url : URLS) {
			for (String accept : htmlAccepts) {
				HttpResponse<byte[]> response = get(url, accept);
				assertThat(response.statusCode()).as("%s, Accept %s", url, accept).isEqualTo(200);
				assertThat(contentType(response)).as("%s, Accept %s", url, accept).isEqualTo("text/html;charset=UTF-8");
				assertThat(text(response).strip()).as(url).startsWith("<!DOCTYPE html>");
				assertThat(varies(response)).as("%s, Accept %s", url, accept).contains("accept");
			}
			for (String accept : jsonAccepts) {
				HttpResponse<byte[]> response = get(url, accept);
				assertThat(response.statusCode()).as("%s, Accept %s", url, accept).isEqualTo(200);
				assertThat(contentType(response)).as("%s, Accept %s", url, accept).isEqualTo(JSON);
				assertThat(this.json.readTree(response.body()).isObject()).as(url).isTrue();
				assertThat(varies(response)).as("%s, Accept %s", url, accept).contains("accept");
			}
		}
		// the home page is a page only
		for (String accept : Arrays.asList(BROWSER, null, "*/*", "application/json, text/html")) {
			HttpResponse<byte[]> home = get("/", accept);
			assertThat(home.statusCode()).as("/, Accept %s", accept).isEqualTo(200);
			assertThat(contentType(home)).as("/, Accept %s", accept).isEqualTo("text/html;charset=UTF-8");
			assertThat(varies(home)).contains("accept");
		}
		assertThat(get("/", JSON).statusCode()).isEqualTo(406);
	}

	@Test
	void answersEveryCodeInTheJsonTheSerializerWritesWhateverABrowserWasAnswered() throws Exception {
		for (String language : LANGUAGES) {
			for (String code : codes(language).keySet()) {
				String path = "/codes/" + code + "?lang=" + language;
				byte[] expected = this.answers.serialize(this.catalogue.require(code, language)).body();
				assertSameJsonAroundAPage(path, expected);
			}
			List<Pair> pairs = new ArrayList<>(this.catalogue.pairs());
			pairs.addAll(List.of(new Pair("220", "451"), new Pair("550", "5.1.1"), new Pair("5.1.1", "550"),
					new Pair("421", "4.7.0")));
			for (Pair pair : pairs) {
				String path = "/compare?a=" + pair.first() + "&b=" + pair.second() + "&lang=" + language;
				byte[] expected = this.answers
					.serialize(this.comparisons.compare(pair.first(), pair.second(), language))
					.body();
				assertSameJsonAroundAPage(path, expected);
			}
			String reply = "452 4.2.2 Mailbox full";
			assertSameJsonAroundAPage("/explain?reply=452%204.2.2%20Mailbox%20full&lang=" + language,
					this.answers.serialize(this.explainer.explainReply(reply, language)).body());
			// the lists: the same JSON for every JSON Accept, and what /codes?q= lists
			byte[] all = get("/codes?lang=" + language, JSON).body();
			assertSameJsonAroundAPage("/codes?lang=" + language, all);
			byte[] found = get("/codes?q=greylist&lang=" + language, JSON).body();
			assertSameJsonAroundAPage("/codes?q=greylist&lang=" + language, found);
			assertThat(this.json.readTree(all).get("count").asInt()).isEqualTo(codes(language).size());
		}
	}

	@Test
	void servesEveryCodeAsAPageInEachLanguage() throws Exception {
		int pages = 0;
		int largest = 0;
		String largestPath = null;
		for (String language : LANGUAGES) {
			String other = LANGUAGES.stream().filter((candidate) -> !candidate.equals(language)).findFirst().get();
			for (Map.Entry<String, Map<String, Object>> entry : codes(language).entrySet()) {
				String code = entry.getKey();
				String path = "/codes/" + code + "?lang=" + language;
				HttpResponse<byte[]> response = get(path, BROWSER);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(response.body().length).as(path).isLessThan(MAX_CODE_PAGE);
				if (response.body().length > largest) {
					largest = response.body().length;
					largestPath = path;
				}
				Document page = page(response, language);
				assertThat(page.select("h1")).as(path).hasSize(1);
				assertThat(page.selectFirst("h1").text()).as(path)
					.isEqualTo(code + " " + entry.getValue().get("title"));
				assertThat(page.title()).as(path).startsWith("SMTP " + code + " ");
				assertThat(page.select("meta[name=description]")).as(path).hasSize(1);
				assertThat(page.selectFirst("meta[name=description]").attr("content")).as(path)
					.isNotBlank()
					.isEqualTo(entry.getValue().get("summary"));
				assertAddresses(page, "/codes/" + code);
				Element switcher = page.selectFirst("nav a[hreflang=" + other + "]");
				assertThat(switcher).as(path).isNotNull();
				assertThat(switcher.attr("href")).as(path).isEqualTo("/codes/" + code + "?lang=" + other);
				assertThat(switcher.attr("lang")).as(path).isEqualTo(other);
				Elements scripts = page.select("script[type=application/ld+json]");
				assertThat(scripts).as(path).hasSize(1);
				@SuppressWarnings("unchecked")
				Map<String, Object> term = this.json.readValue(scripts.first().data(), Map.class);
				assertThat(term).as(path)
					.containsEntry("@context", "https://schema.org")
					.containsEntry("@type", "DefinedTerm")
					.containsEntry("termCode", code)
					.containsEntry("name", entry.getValue().get("title"))
					.containsEntry("inLanguage", language)
					.containsEntry("url", this.site + path);
				assertThat(term.get("inDefinedTermSet")).as(path)
					.asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsEntry("@type", "DefinedTermSet");
				if (language.equals("ja")) {
					assertThat(JAPANESE.matcher(page.selectFirst("main").text()).find()).as(path).isTrue();
				}
				pages++;
			}
		}
		assertThat(pages).isEqualTo(2 * codes("en").size());
		System.out.printf("%d code pages checked; the largest is %s, %d bytes%n", pages, largestPath, largest);
	}

	@Test
	void answersAPageWithItsOwnETag304AndGzip() throws Exception {
		HttpResponse<byte[]> plain = get("/codes/451", BROWSER);
		String etag = plain.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		assertThat(plain.headers().firstValue("Cache-Control")).isPresent()
			.isEqualTo(get("/codes/451", JSON).headers().firstValue("Cache-Control"));
		HttpResponse<byte[]> notModified = get("/codes/451", BROWSER, "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).contains(etag);
		// the page's ETag names the page: the JSON of the same URL is sent in full
		HttpResponse<byte[]> json = get("/codes/451", JSON, "If-None-Match", etag);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(contentType(json)).isEqualTo(JSON);
		assertThat(json.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
		HttpResponse<byte[]> compressed = get("/codes/451", BROWSER, "Accept-Encoding", "gzip");
		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(compressed.body().length).isLessThan(plain.body().length);
		assertThat(gunzip(compressed.body())).isEqualTo(plain.body());
		assertThat(compressed.headers().firstValue("Content-Length"))
			.contains(String.valueOf(compressed.body().length));
		assertThat(compressed.headers().firstValue("ETag")).contains(etag);
		assertThat(varies(compressed)).contains("accept", "accept-encoding", "accept-language");
		HttpResponse<byte[]> compressedNotModified = get("/codes/451", BROWSER, "Accept-Encoding", "gzip",
				"If-None-Match", etag);
		assertThat(compressedNotModified.statusCode()).isEqualTo(304);
		// a comparison's page, the list's and the home page too
		for (String path : List.of("/compare?a=220&b=451", "/codes", "/")) {
			HttpResponse<byte[]> page = get(path, BROWSER);
			HttpResponse<byte[]> gzip = get(path, BROWSER, "Accept-Encoding", "gzip");
			assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			assertThat(gunzip(gzip.body())).as(path).isEqualTo(page.body());
			String pageTag = page.headers().firstValue("ETag").orElseThrow();
			assertThat(get(path, BROWSER, "If-None-Match", pageTag).statusCode()).as(path).isEqualTo(304);
			if (!path.equals("/")) {
				assertThat(get(path, JSON).headers().firstValue("ETag").orElseThrow()).as(path).isNotEqualTo(pageTag);
			}
		}
	}

	@Test
	void answersJapanesePagesWhoseLinksStayInJapanese() throws Exception {
		String howToFix = this.messages.getMessage("page.code.howToFix", null, Locale.JAPANESE);
		assertThat(howToFix).isNotEqualTo(this.messages.getMessage("page.code.howToFix", null, Locale.ENGLISH));
		HttpResponse<byte[]> byParameter = get("/codes/451?lang=ja", BROWSER);
		HttpResponse<byte[]> byHeader = get("/codes/451", BROWSER, "Accept-Language", "ja-JP, ja;q=0.9, en;q=0.5");
		for (HttpResponse<byte[]> response : List.of(byParameter, byHeader)) {
			assertThat(response.headers().firstValue("Content-Language")).contains("ja");
			Document page = page(response, "ja");
			assertThat(page.select("h2").eachText()).contains(howToFix);
			assertThat(page.selectFirst("h1").text()).isEqualTo("451 " + this.catalogue.require("451", "ja").title());
		}
		assertThat(byHeader.body()).isEqualTo(byParameter.body());
		Document english = page(get("/codes/451", BROWSER, "Accept-Language", "en"), "en");
		assertThat(english.select("h2").eachText()).doesNotContain(howToFix)
			.contains(this.messages.getMessage("page.code.howToFix", null, Locale.ENGLISH));
		// every kind of page, in Japanese by either means
		for (String url : List.of("/", "/codes/5.1.1", "/compare?a=220&b=451", "/codes", "/codes?q=greylist",
				"/explain?reply=550%205.1.1%20User%20unknown")) {
			String withLanguage = url + (url.contains("?") ? "&" : "?") + "lang=ja";
			Document page = page(get(withLanguage, BROWSER), "ja");
			assertThat(JAPANESE.matcher(page.selectFirst("main").text()).find()).as(url).isTrue();
			Document byAcceptLanguage = page(get(url, BROWSER, "Accept-Language", "ja"), "ja");
			assertThat(byAcceptLanguage.selectFirst("h1").text()).as(url).isEqualTo(page.selectFirst("h1").text());
		}
	}

	@Test
	void answersErrorsAsPagesWithTheProblemsStatusTitleAndDetail() throws Exception {
		Map<String, Integer> errors = new LinkedHashMap<>();
		errors.put("/codes/999", 400);
		errors.put("/codes/9.9.9", 400);
		errors.put("/codes/299", 404);
		errors.put("/codes/4.8.1", 404);
		errors.put("/compare?a=220", 400);
		errors.put("/compare?a=220&b=220", 400);
		errors.put("/compare?a=220&b=299", 404);
		errors.put("/explain?reply=hello", 422);
		int suggested = 0;
		for (String language : LANGUAGES) {
			for (Map.Entry<String, Integer> error : errors.entrySet()) {
				String url = error.getKey() + (error.getKey().contains("?") ? "&" : "?") + "lang=" + language;
				HttpResponse<byte[]> problem = get(url, JSON);
				assertThat(problem.statusCode()).as(url).isEqualTo(error.getValue());
				assertThat(contentType(problem)).as(url).isEqualTo("application/problem+json");
				JsonPath details = JsonPath.from(text(problem));
				HttpResponse<byte[]> response = get(url, BROWSER);
				assertThat(response.statusCode()).as(url).isEqualTo(error.getValue());
				assertThat(contentType(response)).as(url).isEqualTo("text/html;charset=UTF-8");
				assertThat(response.headers().firstValue("Cache-Control")).as(url)
					.isEqualTo(problem.headers().firstValue("Cache-Control"));
				assertPolicy(response.headers().firstValue("Content-Security-Policy").orElse(null), url);
				Document page = Jsoup.parse(text(response));
				assertThat(page.selectFirst("html").attr("lang")).as(url).isEqualTo(language);
				assertThat(page.select("h1")).as(url).hasSize(1);
				assertThat(page.selectFirst("h1").text()).as(url).isEqualTo(details.getString("title"));
				assertThat(page.title()).as(url).isEqualTo(details.getString("title") + " | smtp-codes");
				assertThat(page.select("main p > bdi")).as(url).hasSize(1);
				assertThat(page.selectFirst("main p > bdi").wholeText()).as(url).isEqualTo(details.getString("detail"));
				assertThat(page.select("meta[name=robots]").attr("content")).as(url).isEqualTo("noindex");
				assertThat(page.select("link[rel=canonical]")).as(url).isEmpty();
				List<String> suggestions = details.getList("suggestions", String.class);
				for (String code : (suggestions != null) ? suggestions : List.<String>of()) {
					assertThat(page.select("main a[href=\"/codes/" + code + "?lang=" + language + "\"]")).as(url)
						.hasSize(1);
					suggested++;
				}
				assertNothingInline(page, url);
				assertLinksStayIn(page, language, url);
			}
		}
		assertThat(suggested).isPositive();
	}

	@Test
	void escapesAPastedReplyAndIsolatesItsBidiControls() {
		Response response = given().header("Accept", BROWSER)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("reply", HOSTILE_REPLY)
			.post("/explain");
		Document page = assertFormPage(response, "POST /explain");
		assertThat(response.asString()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page.selectFirst("pre.pasted").wholeText()).isEqualTo(HOSTILE_REPLY);
		assertThat(page.selectFirst("dd a[href=\"/codes/5.1.1?lang=en\"]")).isNotNull();
		// the same form from a program: JSON
		Response json = given().accept(JSON)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("reply", HOSTILE_REPLY)
			.post("/explain");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.contentType()).isEqualTo(JSON);
		assertThat(json.jsonPath().getString("replyCode.code")).isEqualTo("550");
		assertThat(json.jsonPath().getString("enhancedCode.code")).isEqualTo("5.1.1");
		assertThat(json.jsonPath().getString("text")).contains("<script>alert(1)</script>", "\u202Eevil");
		assertThat(json.asByteArray())
			.isEqualTo(this.answers.serialize(this.explainer.explainReply(HOSTILE_REPLY, "en")).body());
		// a reply pasted in the home page's box, which posts to /bounces
		Response pasted = given().header("Accept", BROWSER)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("message", HOSTILE_REPLY)
			.post("/bounces");
		assertThat(assertFormPage(pasted, "POST /bounces, a reply").selectFirst("pre.pasted").wholeText())
			.isEqualTo(HOSTILE_REPLY);
	}

	@Test
	void escapesABounceMessageAndIsolatesItsBidiControls() {
		String subject = "<script>alert(\"subject\")</script> 'single' \"double\" \u202Eevil";
		String diagnostic = "550 5.1.1 <script>alert(\"diag\")</script> 'single' user unknown";
		String message = dsn(subject, diagnostic);
		Response response = given().header("Accept", BROWSER)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("message", message)
			.post("/bounces");
		Document page = assertFormPage(response, "POST /bounces");
		assertThat(response.asString()).contains("&lt;script&gt;alert(\"subject\")&lt;/script&gt;")
			.contains("&lt;script&gt;alert(\"diag\")&lt;/script&gt;");
		assertThat(page.select("dd > bdi").eachText()).contains(subject);
		assertThat(page.select("section.recipient pre.reply").eachText()).containsExactly(diagnostic);
		assertThat(page.select("section.recipient h2").eachText()).containsExactly("bob@example.org");
		assertThat(page.selectFirst("h1").text()).endsWith(" 1 recipient");
		Response json = given().accept(JSON)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("message", message)
			.post("/bounces");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.contentType()).isEqualTo(JSON);
		assertThat(json.jsonPath().getString("original.subject")).isEqualTo(subject);
		assertThat(json.jsonPath().getList("recipients.diagnostic")).containsExactly(diagnostic);
		assertThat(json.jsonPath().getList("recipients.recipient")).containsExactly("bob@example.org");
	}

	@Test
	void answersAnUploadedBounceWithItsReportAsAPage() throws IOException {
		byte[] message;
		try (var in = new org.springframework.core.io.ClassPathResource("bounces/lhost-postfix-02.eml")
			.getInputStream()) {
			message = in.readAllBytes();
		}
		Response page = io.restassured.RestAssured.given()
			.accept(BROWSER)
			.multiPart("file", "bounce.eml", message, "message/rfc822")
			.post("/bounces?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(page.header("Cache-Control")).isEqualTo("no-store");
		Document report = Jsoup.parse(page.asString());
		assertThat(report.selectFirst("h1").text()).isEqualTo("What the bounce says: 2 recipients");
		assertThat(report.select("section.recipient h2").eachText()).containsExactly("filtered@example.co.jp",
				"userunknown@example.co.jp");
		// each recipient's reason with what it means
		assertThat(report.select("section.recipient dl.verdict dd").eachText())
			.anyMatch((text) -> text.startsWith("userunknown ") && text.length() > "userunknown ".length() + 20);
	}

	@Test
	void answersAPastedOrUploadedLogWithItsReportAsAPage() throws IOException {
		String log = resource("logs/exim.log");
		Response pasted = given().header("Accept", BROWSER)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("message", log)
			.post("/bounces");
		Document page = assertLogPage(pasted, "POST /bounces, a pasted log");
		JsonPath json = given().contentType("text/plain").body(log).post("/mail-log").then().extract().jsonPath();
		assertThat(page.selectFirst("h1").text()).isEqualTo("What the log says: 141 deliveries");
		assertThat(page.select("table.outcomes td").eachText()).containsExactly(json.getString("summary.delivered"),
				json.getString("summary.deferred"), json.getString("summary.bounced"),
				json.getString("summary.expired"));
		// each reason group, largest first, with its example's reply and what to do
		assertThat(page.select("section.log-group h3 .tag").eachText())
			.containsExactlyElementsOf(json.getList("groups.reason.groups.key"));
		assertThat(page.select("section.log-group pre.reply").eachText())
			.containsExactlyElementsOf(json.getList("groups.reason.groups.example.reply"));
		assertThat(page.select("section.log-group dd.action")).hasSameSizeAs(page.select("section.log-group"));

		byte[] gzip = gzip(resource("logs/postfix.log").getBytes(StandardCharsets.UTF_8));
		Response uploaded = io.restassured.RestAssured.given()
			.accept(BROWSER)
			.multiPart("file", "maillog.1.gz", gzip, "application/gzip")
			.post("/bounces?lang=ja");
		assertThat(uploaded.statusCode()).isEqualTo(200);
		Document japanese = Jsoup.parse(uploaded.asString());
		assertThat(japanese.selectFirst("h1").text()).isEqualTo("ログの内容：配送 131 件");
		assertThat(japanese.select("html").attr("lang")).isEqualTo("ja");

		// the log's own form: groups as a parameter, the rest counted
		Response limited = io.restassured.RestAssured.given()
			.accept(BROWSER)
			.multiPart("file", "maillog", log.getBytes(StandardCharsets.UTF_8), "text/plain")
			.multiPart("groups", "2")
			.post("/mail-log?lang=en");
		Document two = assertLogPage(limited, "POST /mail-log, a form");
		assertThat(two.select("section.log-group")).hasSize(2);
		assertThat(two.select("p").eachText()).anyMatch((text) -> text.startsWith("Not listed: "));
	}

	@Test
	void escapesALogAndIsolatesItsBidiControls() {
		String reply = "550 5.1.1 <script>alert(\"log\")</script> 'single' \u202Eevil user unknown";
		String log = "Dec  2 14:17:21 smtp1 postfix/smtp[5585]: EA86620E174: to=<bob@example.org>, "
				+ "relay=mx.example.org[192.0.2.1]:25, delay=0.05, delays=0/0/0/0.04, dsn=5.1.1, status=bounced "
				+ "(host mx.example.org[192.0.2.1] said: " + reply + " (in reply to RCPT TO command))\n";
		Response response = given().header("Accept", BROWSER)
			.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
			.formParam("log", log)
			.post("/mail-log");
		Document page = assertFormPage(response, "POST /mail-log");
		assertThat(response.asString()).contains("&lt;script&gt;alert(\"log\")&lt;/script&gt;");
		assertThat(page.select("section.log-group pre.reply").eachText()).containsExactly(reply);
	}

	// a form's answer as a page: never kept, its links in its language
	private static Document assertLogPage(Response response, String where) {
		assertThat(response.statusCode()).as(where).isEqualTo(200);
		assertThat(response.contentType()).as(where).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.header("Cache-Control")).as(where).isEqualTo("no-store");
		Document page = Jsoup.parse(response.asString());
		assertThat(page.select("meta[name=robots]").attr("content")).as(where).isEqualTo("noindex");
		assertThat(page.select("h1")).as(where).hasSize(1);
		return page;
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

	private static String resource(String path) throws IOException {
		try (var in = new org.springframework.core.io.ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void escapesTheQueryOfTheList() {
		String query = "<script>\"x' \u202Eevil";
		Response response = given().header("Accept", BROWSER).queryParam("q", query).get("/codes");
		Response json = given().accept(JSON).queryParam("q", query).get("/codes");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
		// a page for a query is kept by caches as its JSON is
		assertThat(response.header("Cache-Control")).isNotBlank().isEqualTo(json.header("Cache-Control"));
		String html = response.asString();
		Document page = Jsoup.parse(html);
		// the one script element of a list: the pages' script
		assertThat(countOf(html, "<script")).isEqualTo(page.select("script[src]").size()).isEqualTo(1);
		assertThat(html).contains("&lt;script&gt;");
		assertThat(page.selectFirst("input#filter-q").val()).isEqualTo(query);
		assertThat(page.selectFirst("h1").text()).contains("<script>\"x' evil");
		// the title and heading show the query without its control, the search box as
		// it was typed
		assertThat(assertBidiIsolated(page, "GET /codes?q=")).isZero();
		assertNothingInline(page, "GET /codes?q=");
		assertThat(json.jsonPath().getInt("count")).isZero();
	}

	@Test
	void countsTheCodesOfAListInWordsThatAgreeWithTheNumber() throws Exception {
		// a title that only one code's texts hold
		String single = codes("en").values()
			.stream()
			.map((code) -> (String) code.get("title"))
			.filter((title) -> this.catalogue.list(CodeFilter.of(null, null, title), "en").size() == 1)
			.findFirst()
			.orElseThrow();
		Map<String, String> counts = new LinkedHashMap<>();
		counts.put("/codes?q=" + URLEncoder.encode(single, StandardCharsets.UTF_8), "1 code");
		counts.put("/codes?q=no%20code%20says%20this", "0 codes");
		counts.put("/codes?kind=reply",
				this.catalogue.list(CodeFilter.of("reply", null, null), "en").size() + " codes");
		for (Map.Entry<String, String> count : counts.entrySet()) {
			Document page = page(get(count.getKey(), BROWSER), "en");
			assertThat(page.select("main > p").first().text()).as(count.getKey()).isEqualTo(count.getValue());
			assertThat(page.select("ul.summaries > li")).as(count.getKey())
				.hasSize(Integer.parseInt(count.getValue().split(" ")[0]));
		}
	}

	@Test
	void servesOneSmallStylesheetAndScriptForAYearUnderTheirContentsAddress() throws Exception {
		Document page = page(get("/codes/451", BROWSER), "en");
		Elements stylesheets = page.select("link[rel=stylesheet]");
		assertThat(stylesheets).hasSize(1);
		byte[] css = assertAsset(stylesheets.first().attr("href"), "/pages/style-", ".css", "text/css", MAX_STYLESHEET);
		String text = new String(css, StandardCharsets.UTF_8);
		assertThat(text).contains("prefers-color-scheme: dark").contains("@media print");
		Elements scripts = page.select("script[src]");
		assertThat(scripts).hasSize(1);
		assertThat(scripts.first().hasAttr("defer")).isTrue();
		assertAsset(scripts.first().attr("src"), "/pages/copy-", ".js", "text/javascript", MAX_SCRIPT);
		System.out.printf("stylesheet %d bytes%n", css.length);
		// every page names the same two
		for (String url : List.of("/", "/codes", "/compare?a=220&b=451", "/codes/5.1.1?lang=ja", "/codes/299")) {
			Document other = Jsoup.parse(text(get(url, BROWSER)));
			assertThat(other.select("link[rel=stylesheet]").attr("href")).as(url)
				.isEqualTo(stylesheets.first().attr("href"));
			assertThat(other.select("script[src]").attr("src")).as(url).isEqualTo(scripts.first().attr("src"));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsTheHomePagesFormsAndEveryReplyCode() throws Exception {
		for (String language : LANGUAGES) {
			Document home = page(get("/?lang=" + language, BROWSER), language);
			assertThat(home.select("h1")).hasSize(1);
			assertAddresses(home, "/");
			assertThat(home.selectFirst("meta[name=description]").attr("content")).isNotBlank();
			Elements searches = home.select("form[method=get][action=\"/codes\"]");
			assertThat(searches).isNotEmpty();
			for (Element search : searches) {
				Element input = search.selectFirst("input[name=q]");
				assertThat(input).isNotNull();
				assertLabelled(home, input);
			}
			Elements pastes = home.select("form[method=post]");
			assertThat(pastes).hasSize(1);
			assertThat(URI.create(pastes.first().attr("action")).getPath()).isEqualTo("/bounces");
			Element textarea = pastes.first().selectFirst("textarea[name=message]");
			assertThat(textarea).isNotNull();
			assertLabelled(home, textarea);
			// a text or a file: the form sends either, as multipart
			assertThat(pastes.first().attr("enctype")).isEqualTo("multipart/form-data");
			Element file = pastes.first().selectFirst("input[type=file][name=file]");
			assertThat(file).isNotNull();
			assertLabelled(home, file);
			Set<String> links = home.select("main a[href]")
				.stream()
				.map((a) -> a.attr("href"))
				.collect(Collectors.toSet());
			Map<String, Object> list = this.json.readValue(get("/codes?kind=reply", JSON).body(), Map.class);
			List<String> replyCodes = ((List<Map<String, Object>>) list.get("codes")).stream()
				.map((code) -> (String) code.get("code"))
				.toList();
			assertThat(replyCodes).isNotEmpty().allMatch((code) -> code.matches("[2-5][0-9][0-9]"));
			for (String code : replyCodes) {
				assertThat(links).as(language).contains("/codes/" + code + "?lang=" + language);
			}
			for (Pair pair : this.catalogue.pairs()) {
				assertThat(links).as(language)
					.contains("/compare?a=" + pair.first() + "&b=" + pair.second() + "&lang=" + language);
			}
		}
	}

	// the JSON of a URL: the expected bytes for application/json, and for no Accept after
	// a browser was answered the page of the same URL, with one ETag that is not the
	// page's
	private void assertSameJsonAroundAPage(String path, byte[] expected) throws Exception {
		HttpResponse<byte[]> first = get(path, JSON);
		HttpResponse<byte[]> page = get(path, BROWSER);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(contentType(page)).as(path).startsWith("text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(page.headers().firstValue("ETag").orElseThrow()).as(path).isNotEqualTo(etag);
		for (HttpResponse<byte[]> response : List.of(first, get(path, null))) {
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(contentType(response)).as(path).isEqualTo(JSON);
			assertThat(response.body()).as(path).isEqualTo(expected);
			assertThat(response.headers().firstValue("ETag")).as(path).contains(etag);
		}
	}

	// the codes of the catalogue as /codes lists them, each with its summary
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> codes(String language) throws Exception {
		Map<String, Object> list = this.json.readValue(get("/codes?lang=" + language, JSON).body(), Map.class);
		Map<String, Map<String, Object>> codes = new LinkedHashMap<>();
		for (Object code : (List<?>) list.get("codes")) {
			Map<String, Object> summary = (Map<String, Object>) code;
			codes.put((String) summary.get("code"), summary);
		}
		assertThat(codes).hasSize((Integer) list.get("count")).hasSizeGreaterThan(200);
		return codes;
	}

	// a page with what every page has: its media type, a policy that allows nothing
	// inline (and nothing inline on the page), its language, links that stay in it
	private Document page(HttpResponse<byte[]> response, String language) {
		String where = response.uri().toString();
		assertThat(response.statusCode()).as(where).isEqualTo(200);
		assertThat(contentType(response)).as(where).isEqualTo("text/html;charset=UTF-8");
		assertPolicy(response.headers().firstValue("Content-Security-Policy").orElse(null), where);
		Document page = Jsoup.parse(text(response));
		assertThat(page.selectFirst("html").attr("lang")).as(where).isEqualTo(language);
		assertThat(page.select("meta[charset]").attr("charset")).as(where).isEqualToIgnoringCase("utf-8");
		assertThat(page.title()).as(where).endsWith(" | smtp-codes");
		assertNothingInline(page, where);
		assertLinksStayIn(page, language, where);
		return page;
	}

	// the answer to a form: a page that no cache keeps, with the pasted text escaped and
	// its bidi controls isolated
	private Document assertFormPage(Response response, String where) {
		assertThat(response.statusCode()).as(where).isEqualTo(200);
		assertThat(response.contentType()).as(where).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.header("Cache-Control")).as(where).isEqualTo("no-store");
		assertPolicy(response.header("Content-Security-Policy"), where);
		String html = response.asString();
		assertThat(html.toLowerCase(Locale.ROOT)).as(where).doesNotContain("<script>alert");
		Document page = Jsoup.parse(html);
		// the pasted script is text, not an element: the only scripts are the pages' own
		assertThat(page.select("script").stream().allMatch((script) -> script.attr("src").startsWith("/pages/")))
			.as(where)
			.isTrue();
		assertThat(countOf(html, "<script")).as(where).isEqualTo(page.select("script").size());
		assertThat(page.select("meta[name=robots]").attr("content")).as(where).isEqualTo("noindex");
		assertThat(assertBidiIsolated(page, where)).as(where).isPositive();
		assertNothingInline(page, where);
		assertLinksStayIn(page, "en", where);
		return page;
	}

	// a page's canonical address and its address in each language
	private void assertAddresses(Document page, String path) {
		String language = page.selectFirst("html").attr("lang");
		String separator = path.contains("?") ? "&" : "?";
		Elements canonical = page.select("link[rel=canonical]");
		assertThat(canonical).as(path).hasSize(1);
		assertThat(canonical.attr("href")).as(path).isEqualTo(this.site + path + separator + "lang=" + language);
		Map<String, String> alternates = new LinkedHashMap<>();
		for (Element link : page.select("link[rel=alternate][hreflang]")) {
			assertThat(alternates.put(link.attr("hreflang"), link.attr("href"))).as(path).isNull();
		}
		assertThat(alternates).as(path)
			.containsOnly(Map.entry("en", this.site + path + separator + "lang=en"),
					Map.entry("ja", this.site + path + separator + "lang=ja"),
					Map.entry("x-default", this.site + path));
	}

	// the stylesheet or script: at an address with the MD5 of its contents, for a year
	private byte[] assertAsset(String href, String prefix, String suffix, String type, int maxBytes) throws Exception {
		Matcher address = Pattern.compile(Pattern.quote(prefix) + "([0-9a-f]{32})" + Pattern.quote(suffix))
			.matcher(href);
		assertThat(address.matches()).as(href).isTrue();
		HttpResponse<byte[]> response = get(href, null);
		assertThat(response.statusCode()).as(href).isEqualTo(200);
		assertThat(MediaType.parseMediaType(contentType(response)).isCompatibleWith(MediaType.parseMediaType(type)))
			.as(href)
			.isTrue();
		assertThat(response.body().length).as(href).isPositive().isLessThan(maxBytes);
		assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(href).contains("max-age=31536000");
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(response.body()))).as(href)
			.isEqualTo(address.group(1));
		return response.body();
	}

	private static void assertPolicy(String policy, String where) {
		assertThat(policy).as(where).isNotNull();
		List<String> directives = Arrays.stream(policy.split(";")).map(String::strip).toList();
		assertThat(directives).as(where).contains("default-src 'none'", "script-src 'self'", "style-src 'self'");
		assertThat(policy).as(where).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
	}

	// what the policy would block is not on the page: no style attribute or element, no
	// script but the pages' own and JSON-LD, no event handler attribute, no javascript:
	// link
	private static void assertNothingInline(Document page, String where) {
		assertThat(page.select("style, [style]")).as(where).isEmpty();
		for (Element script : page.select("script")) {
			assertThat(script.hasAttr("src") ? script.attr("src").startsWith("/pages/")
					: script.attr("type").equals("application/ld+json"))
				.as("%s: %s", where, script)
				.isTrue();
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("%s: %s", where, element.tagName()).doesNotStartWith("on");
				assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as(where)
					.doesNotStartWith("javascript:");
			}
		}
	}

	// links and forms of the service keep the page's language, but for the link to the
	// other language and the API's documentation, which has one
	private static void assertLinksStayIn(Document page, String language, String where) {
		for (Element link : page.select("a[href^=/]")) {
			String href = link.attr("href");
			if (href.startsWith("/swagger-ui") || href.startsWith("/v3/api-docs")) {
				continue;
			}
			String expected = link.hasAttr("hreflang") ? link.attr("hreflang") : language;
			assertThat(languageOf(href)).as("%s: %s", where, href).isEqualTo(expected);
		}
		for (Element form : page.select("form")) {
			Elements hidden = form.select("input[type=hidden][name=lang]");
			String chosen = hidden.isEmpty() ? languageOf(form.attr("action")) : hidden.val();
			assertThat(chosen).as("%s: form %s", where, form.attr("action")).isEqualTo(language);
		}
	}

	private static String languageOf(String href) {
		String query = URI.create(href).getRawQuery();
		List<String> languages = (query != null) ? Arrays.stream(query.split("&"))
			.filter((parameter) -> parameter.startsWith("lang="))
			.map((parameter) -> parameter.substring(5))
			.toList() : List.of();
		return (languages.size() == 1) ? languages.get(0) : String.valueOf(languages);
	}

	// each text with a bidi control sits in a <bdi>, and the title, which can hold no
	// element, holds none; how many texts have one
	private static int assertBidiIsolated(Document page, String where) {
		assertThat(BIDI_CONTROL.matcher(page.title()).find()).as("%s: title %s", where, page.title()).isFalse();
		List<TextNode> texts = new ArrayList<>();
		page.body().traverse((Node node, int depth) -> {
			if (node instanceof TextNode text && BIDI_CONTROL.matcher(text.getWholeText()).find()) {
				texts.add(text);
			}
		});
		for (TextNode text : texts) {
			assertThat(text.parent()).as("%s: %s", where, text.parent()).isInstanceOf(Element.class);
			assertThat(((Element) text.parent()).closest("bdi")).as("%s: %s", where, text.parent()).isNotNull();
		}
		return texts.size();
	}

	private static void assertLabelled(Document page, Element control) {
		assertThat(control.id()).as(control.toString()).isNotBlank();
		Elements labels = page.select("label[for=" + control.id() + "]");
		assertThat(labels).as(control.toString()).hasSize(1);
		assertThat(labels.text()).isNotBlank();
	}

	// a delivery status notification of Postfix with the given subject and diagnostic
	private static String dsn(String subject, String diagnostic) {
		return String.join("\r\n", "From: MAILER-DAEMON@example.com (Mail Delivery System)", "To: sender@example.com",
				"Subject: Undelivered Mail Returned to Sender", "Date: Thu, 22 Feb 2012 20:50:02 +0800",
				"MIME-Version: 1.0",
				"Content-Type: multipart/report; report-type=delivery-status; boundary=\"BOUNDARY\"", "", "--BOUNDARY",
				"Content-Type: text/plain; charset=us-ascii", "", "The mail system could not deliver your message.", "",
				"--BOUNDARY", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.com", "",
				"Final-Recipient: rfc822; bob@example.org", "Action: failed", "Status: 5.1.1",
				"Remote-MTA: dns; mx.example.org", "Diagnostic-Code: smtp; " + diagnostic, "", "--BOUNDARY",
				"Content-Type: message/rfc822", "", "From: Sender <sender@example.com>", "To: bob@example.org",
				"Subject: " + subject, "Message-ID: <m1@example.com>", "Date: Thu, 22 Feb 2012 20:49:00 +0800", "",
				"Hello", "", "--BOUNDARY--", "");
	}

	private HttpResponse<byte[]> get(String path, String accept, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (accept != null) {
			request.header("Accept", accept);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String contentType(HttpResponse<byte[]> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	// the names of Vary, in lower case
	private static List<String> varies(HttpResponse<byte[]> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map((name) -> name.strip().toLowerCase(Locale.ROOT))
			.toList();
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
