package org.smtpcodes.pages;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smtpcodes.ApiTest;
import org.smtpcodes.Chromium;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML pages in a real headless Chromium, the way a reader uses them.
 * <ul>
 * <li>With JavaScript on: search for "greylist" from the home page, open 451 from the
 * results, follow its comparison link to 4.7.1, switch to Japanese with the header's
 * language link, go back home and paste a whole Postfix bounce into the box, and read
 * each recipient's address and verdict on the report.</li>
 * <li>axe-core (from npm, pinned by version, installed under target/axe at test time) on
 * every kind of page, in the light and the dark colour scheme: no violation of impact
 * serious or critical; every finding is printed with its impact and node count.</li>
 * <li>The Content-Security-Policy (no inline script or style) is never violated: the
 * browser console has no CSP message on any page visited, and an inline script injected
 * on purpose does show one, so the check can see them.</li>
 * <li>With JavaScript disabled, the search and the paste box still work.</li>
 * <li>At a phone's width (390 CSS pixels, mobile viewport) the pages do not scroll
 * sideways.</li>
 * </ul>
 * Needs Debian's chromium and chromium-driver, and npm for axe-core (.ci/run installs
 * them); skipped with a message without them.
 */
@ApiTest
class PagesBrowserTests {

	/** The newest axe-core 4.x when the test was written. */
	private static final String AXE_VERSION = "4.14.1";

	private static final Path AXE_PREFIX = Path.of("target", "axe");

	private static final Path AXE_SCRIPT = AXE_PREFIX.resolve("node_modules/axe-core/axe.min.js");

	/** A Postfix bounce for two recipients, both refused at RCPT as unknown users. */
	private static final String BOUNCE = "bounces/lhost-postfix-02.eml";

	// a recorded Postfix log, as an operator pastes it
	private static final String LOG = "logs/postfix.log";

	private static final List<String> RECIPIENTS = List.of("filtered@example.co.jp", "userunknown@example.co.jp");

	private static String axeSource;

	@Value("${local.server.port}")
	int port;

	private final List<ChromeDriver> browsers = new ArrayList<>();

	@AfterEach
	void stopBrowsers() {
		this.browsers.forEach(ChromeDriver::quit);
		this.browsers.clear();
	}

	@Test
	void readerSearchesComparesSwitchesToJapaneseAndPastesABounce() throws IOException {
		ChromeDriver browser = startBrowser(true);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.get(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What does this SMTP reply mean?");
		assertNoCspViolation(browser, "home");

		WebElement search = browser.findElement(By.id("site-search"));
		search.sendKeys("greylist", Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/codes?q=greylist"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Codes that mention “greylist”");
		assertThat(browser.findElements(By.cssSelector("ul.summaries li a .code"))).extracting(WebElement::getText)
			.contains("450", "451", "4.7.1");
		assertNoCspViolation(browser, "search results");

		browser.findElement(By.cssSelector("ul.summaries a[href^='/codes/451?']")).click();
		wait.until(ExpectedConditions.urlContains("/codes/451"));
		assertThat(browser.getCurrentUrl()).endsWith("/codes/451?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("451 Local Error");
		assertThat(browser.getTitle()).isEqualTo("SMTP 451 Local Error | smtp-codes");
		// copy.js ran (allowed by the policy) and put a Copy button beside each real
		// reply
		assertThat(browser.findElements(By.cssSelector("pre.reply + button.copy"))).isNotEmpty()
			.hasSameSizeAs(browser.findElements(By.cssSelector("pre.reply")))
			.allSatisfy((button) -> assertThat(button.getText()).isEqualTo("Copy"));
		assertNoCspViolation(browser, "code page 451");

		browser.findElement(By.linkText("compare 451 and 4.7.1")).click();
		wait.until(ExpectedConditions.urlContains("/compare"));
		assertThat(browser.getCurrentUrl()).endsWith("/compare?a=451&b=4.7.1&lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("SMTP 451 Local Error vs 4.7.1 Delivery not authorized, message refused");
		assertThat(browser.findElements(By.cssSelector(".sides .side h2"))).extracting(WebElement::getText)
			.containsExactly("451 Local Error", "4.7.1 Delivery not authorized, message refused");
		assertNoCspViolation(browser, "comparison");

		WebElement japanese = browser.findElement(By.cssSelector("header.site nav a[hreflang='ja']"));
		assertThat(japanese.getText()).isEqualTo("日本語");
		japanese.click();
		wait.until(ExpectedConditions.urlContains("lang=ja"));
		assertThat(browser.getCurrentUrl()).endsWith("/compare?a=451&b=4.7.1&lang=ja");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("SMTP 451（処理中のエラー）と 4.7.1（配送不許可、メッセージ拒否）の比較");
		assertThat(browser.findElement(By.id("site-search")).getAttribute("placeholder")).startsWith("グレーリスト");
		assertThat(browser.findElement(By.cssSelector("header.site nav a[hreflang='en']")).getText())
			.isEqualTo("English");
		assertNoCspViolation(browser, "comparison in Japanese");

		browser.findElement(By.cssSelector("header.site a.brand")).click();
		wait.until(ExpectedConditions.urlToBe(url("/?lang=ja")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この SMTP 応答は何を意味するか");

		paste(browser, bounce());
		WebElement explain = browser.findElement(By.cssSelector("form.paste button[type='submit']"));
		assertThat(explain.getText()).isEqualTo("説明する");
		explain.click();
		wait.until(ExpectedConditions.urlContains("/bounces"));
		assertThat(browser.getCurrentUrl()).endsWith("/bounces?lang=ja");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("バウンスメールの内容: 受信者 2 件");
		List<WebElement> recipients = browser.findElements(By.cssSelector("section.recipient"));
		assertThat(recipients).extracting((section) -> section.findElement(By.tagName("h2")).getText())
			.containsExactlyElementsOf(RECIPIENTS);
		for (WebElement recipient : recipients) {
			WebElement verdict = recipient.findElement(By.cssSelector("dl.verdict"));
			assertThat(verdict.getAttribute("class")).contains("bounce-hard");
			assertThat(verdict.findElements(By.tagName("dt"))).extracting(WebElement::getText)
				.startsWith("対処", "理由", "バウンス");
			assertThat(verdict.findElement(By.cssSelector("dd.action")).getText())
				.startsWith("このバウンスを受けたら、再送はせず、アドレスをリストから削除するか無効として記録してください。");
			assertThat(verdict.findElement(By.cssSelector("dd .tag")).getText()).isEqualTo("userunknown");
		}
		assertThat(recipients.get(0).findElement(By.cssSelector("pre.reply")).getText())
			.isEqualTo("550 5.2.1 <filtered@example.co.jp>... User Unknown");
		assertThat(recipients.get(1).findElement(By.cssSelector("pre.reply")).getText())
			.isEqualTo("550 5.1.1 <userunknown@example.co.jp>... User Unknown");
		assertThat(recipients.get(1).findElement(By.cssSelector("dl.facts .code")).getText()).isEqualTo("5.1.1");
		assertNoCspViolation(browser, "bounce report");
	}

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnAnyKindOfPage() throws IOException {
		String axe = axe();
		ChromeDriver browser = startBrowser(true);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		List<String> report = new ArrayList<>();
		List<String> serious = new ArrayList<>();
		for (String scheme : List.of("light", "dark")) {
			browser.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("home (en)", "/?lang=en");
			pages.put("home (ja)", "/?lang=ja");
			pages.put("code page, reply code 451", "/codes/451?lang=en");
			pages.put("code page, reply code 451 (ja)", "/codes/451?lang=ja");
			pages.put("code page, enhanced code 4.7.1", "/codes/4.7.1?lang=en");
			pages.put("code page, unregistered 4.7.99", "/codes/4.7.99?lang=en");
			pages.put("list, /codes?q=greylist", "/codes?q=greylist&lang=en");
			pages.put("comparison 451 and 4.7.1", "/compare?a=451&b=4.7.1&lang=en");
			pages.put("comparison 451 and 4.7.1 (ja)", "/compare?a=451&b=4.7.1&lang=ja");
			pages.put("explanation",
					"/explain?reply="
							+ URLEncoder.encode("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
									StandardCharsets.UTF_8)
							+ "&lang=en");
			pages.put("error page, /codes/999", "/codes/999?lang=en");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				browser.get(url(page.getValue()));
				assertThat(browser.executeScript("return getComputedStyle(document.body).backgroundColor;"))
					.as("the page's background in the %s scheme", scheme)
					.isEqualTo(scheme.equals("dark") ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
				audit(browser, axe, page.getKey() + ", " + scheme, report, serious);
			}
			browser.get(url("/?lang=en"));
			paste(browser, bounce());
			browser.findElement(By.cssSelector("form.paste button[type='submit']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/bounces"));
			assertThat(browser.findElements(By.cssSelector("section.recipient"))).hasSize(2);
			audit(browser, axe, "bounce report, after the form post, " + scheme, report, serious);
			browser.get(url("/?lang=en"));
			paste(browser, resource(LOG, StandardCharsets.UTF_8));
			browser.findElement(By.cssSelector("form.paste button[type='submit']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/bounces"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What the log says: 131 deliveries");
			assertThat(browser.findElements(By.cssSelector("section.log-group"))).isNotEmpty();
			audit(browser, axe, "mail log report, after the form post, " + scheme, report, serious);
		}
		// and the audit sees a fault when there is one: a select without a label
		browser.get(url("/?lang=en"));
		browser.executeScript("document.querySelector('main').appendChild(document.createElement('select'));");
		List<String> planted = new ArrayList<>();
		audit(browser, axe, "home with an unlabelled select added", new ArrayList<>(), planted);
		assertThat(planted).singleElement().asString().contains("select-name (critical, 1 nodes)");
		System.out.println("axe-core " + AXE_VERSION + " findings (rule, impact, nodes):");
		report.forEach(System.out::println);
		assertThat(serious).as("axe-core violations of impact serious or critical").isEmpty();
	}

	@Test
	void searchAndPasteBoxWorkWithoutJavaScript() throws IOException {
		ChromeDriver browser = startBrowser(false);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.get(url("/codes/451?lang=en"));
		assertThat(browser.findElements(By.cssSelector("pre.reply"))).isNotEmpty();
		// no Copy button: copy.js did not run, so JavaScript is really off
		assertThat(browser.findElements(By.cssSelector("button.copy"))).isEmpty();

		browser.get(url("/?lang=en"));
		WebElement search = browser.findElement(By.id("site-search"));
		search.sendKeys("greylist");
		browser.findElement(By.cssSelector("header.site form.search button[type='submit']")).click();
		wait.until(ExpectedConditions.urlContains("/codes?q=greylist"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Codes that mention “greylist”");
		assertThat(browser.findElements(By.cssSelector("ul.summaries li a .code"))).extracting(WebElement::getText)
			.contains("451", "4.7.1");

		browser.get(url("/?lang=en"));
		paste(browser, bounce());
		browser.findElement(By.cssSelector("form.paste button[type='submit']")).click();
		wait.until(ExpectedConditions.urlContains("/bounces"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What the bounce says: 2 recipients");
		List<WebElement> recipients = browser.findElements(By.cssSelector("section.recipient"));
		assertThat(recipients).extracting((section) -> section.findElement(By.tagName("h2")).getText())
			.containsExactlyElementsOf(RECIPIENTS);
		assertThat(recipients.get(1).findElement(By.cssSelector("dl.verdict dd.action")).getText())
			.startsWith("Remove the address from your list or mark it invalid after this bounce, without retrying.");

		// and a single reply line is explained
		browser.findElement(By.id("paste-text")).sendKeys("451 4.7.1 Greylisted, try again later");
		browser.findElement(By.cssSelector("form.paste button[type='submit']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.explanation")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What this reply means");
		assertThat(browser.findElements(By.cssSelector("dl.verdict dd a .code"))).extracting(WebElement::getText)
			.containsExactly("451", "4.7.1");
	}

	@Test
	void pagesDoNotScrollSidewaysOnAPhone() {
		ChromeDriver browser = startBrowser(true);
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
		for (String path : List.of("/codes/451?lang=en", "/codes/5.7.1?lang=en", "/codes/451?lang=ja",
				"/compare?a=451&b=4.7.1&lang=en", "/?lang=en", "/codes?q=greylist&lang=en",
				"/explain?reply=550+5.7.1+https://example.org/a-very-long-help-page-address-without-a-single-break-in-it"
						+ "&lang=en")) {
			browser.get(url(path));
			Map<?, ?> sizes = widths(browser);
			assertThat(((Number) sizes.get("inner")).intValue()).as("viewport width of %s", path).isEqualTo(390);
			assertThat(((Number) sizes.get("scroll")).intValue()).as("scrollWidth of %s", path)
				.isLessThanOrEqualTo(((Number) sizes.get("client")).intValue());
		}
		// and the measure does see an element wider than the phone
		browser.executeScript("const wide = document.createElement('div'); wide.style.width = '600px';"
				+ " wide.textContent = 'wide'; document.querySelector('main').appendChild(wide);");
		Map<?, ?> sizes = widths(browser);
		assertThat(((Number) sizes.get("scroll")).intValue()).isGreaterThan(((Number) sizes.get("client")).intValue());
	}

	private static Map<?, ?> widths(ChromeDriver browser) {
		return (Map<?, ?>) browser.executeScript("const e = document.documentElement;"
				+ " return {inner: window.innerWidth, scroll: e.scrollWidth, client: e.clientWidth};");
	}

	private ChromeDriver startBrowser(boolean javascript) {
		ChromeOptions options = Chromium.options("Pages browser test");
		options.addArguments("--lang=en-US");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("intl.accept_languages", "en-US,en");
		if (!javascript) {
			prefs.put("profile.managed_default_content_settings.javascript", 2);
		}
		options.setExperimentalOption("prefs", prefs);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		ChromeDriver browser = Chromium.start(options);
		this.browsers.add(browser);
		if (javascript) {
			checkThatCspViolationsAreSeen(browser);
		}
		return browser;
	}

	/**
	 * An inline script added to a page must be refused by the policy, and the refusal
	 * must reach the console the test reads.
	 */
	private void checkThatCspViolationsAreSeen(ChromeDriver browser) {
		browser.get(url("/?lang=en"));
		browser.executeScript("const s = document.createElement('script');"
				+ " s.textContent = 'document.documentElement.dataset.inline = \"ran\"';"
				+ " document.head.appendChild(s);");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("data-inline")).isNull();
		assertThat(cspMessages(browser)).as("the console's report of a refused inline script")
			.anySatisfy((message) -> assertThat(message).contains("Content Security Policy"));
	}

	private void assertNoCspViolation(ChromeDriver browser, String page) {
		assertThat(cspMessages(browser)).as("CSP messages in the console on the %s", page).isEmpty();
	}

	private List<String> cspMessages(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();
	}

	private void paste(ChromeDriver browser, String text) {
		WebElement box = browser.findElement(By.id("paste-text"));
		box.click();
		// as a paste does: the whole text at once into the focused box, tabs of folded
		// headers included (typed, a tab would move the focus); no page script involved
		browser.executeCdpCommand("Input.insertText", Map.of("text", text));
		assertThat(box.getDomProperty("value")).isEqualTo(text);
	}

	@SuppressWarnings("unchecked")
	private void audit(ChromeDriver browser, String axe, String page, List<String> report, List<String> serious) {
		assertNoCspViolation(browser, page);
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'object';"))) {
			browser.executeScript(axe);
		}
		assertThat(browser.executeScript("return axe.version;")).isEqualTo(AXE_VERSION);
		Object answer = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ " const list = (results) => results.map((v) => ({id: v.id, impact: v.impact, help: v.help,"
				+ " nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' '))}));"
				+ " axe.run(document, {resultTypes: ['violations', 'incomplete']})"
				+ ".then((r) => done({violations: list(r.violations), incomplete: list(r.incomplete),"
				+ " passes: r.passes.length}))" + ".catch((e) => done('axe failed: ' + e));");
		assertThat(answer).as("axe.run on the %s", page).isInstanceOf(Map.class);
		Map<String, Object> results = (Map<String, Object>) answer;
		List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
		// an empty page would pass too: the rules that passed show that axe looked
		assertThat(((Number) results.get("passes")).intValue()).as("rules passed on the %s", page).isGreaterThan(10);
		report.add(String.format("%-50s %s; needs review: %s", page, findings(violations, "no violations"),
				findings((List<Map<String, Object>>) results.get("incomplete"), "nothing")));
		for (Map<String, Object> violation : violations) {
			if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
				serious.add(page + ": " + violation.get("id") + " (" + violation.get("impact") + ", "
						+ violation.get("nodes") + " nodes): " + violation.get("help") + " "
						+ violation.get("targets"));
			}
		}
	}

	private static String findings(List<Map<String, Object>> findings, String none) {
		return findings.isEmpty() ? none
				: String.join(", ",
						findings.stream()
							.map((v) -> v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " nodes)")
							.toList());
	}

	/** axe-core's script, installed with npm under target/axe when it is not there. */
	private static synchronized String axe() throws IOException {
		if (axeSource == null) {
			Path packageJson = AXE_SCRIPT.resolveSibling("package.json");
			if (!Files.isRegularFile(AXE_SCRIPT) || !Files.isRegularFile(packageJson)
					|| !Files.readString(packageJson).contains("\"version\": \"" + AXE_VERSION + "\"")) {
				install();
			}
			axeSource = Files.readString(AXE_SCRIPT);
		}
		return axeSource;
	}

	private static void install() throws IOException {
		Files.createDirectories(AXE_PREFIX);
		Path log = AXE_PREFIX.resolve("npm-install.log");
		Process npm;
		try {
			npm = new ProcessBuilder("npm", "install", "--prefix", AXE_PREFIX.toString(), "--no-save",
					"--no-package-lock", "--no-audit", "--no-fund", "axe-core@" + AXE_VERSION)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		}
		catch (IOException ex) {
			assumeTrue(false, "Pages accessibility test skipped: npm is not on the PATH to install axe-core "
					+ AXE_VERSION + " (apt-get install nodejs npm; .ci/run does)");
			return;
		}
		try {
			if (!npm.waitFor(3, TimeUnit.MINUTES)) {
				npm.destroyForcibly();
				throw new IllegalStateException(
						"npm install axe-core@" + AXE_VERSION + " took over 3 minutes; see " + log);
			}
		}
		catch (InterruptedException ex) {
			npm.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (npm.exitValue() != 0 || !Files.isRegularFile(AXE_SCRIPT)) {
			throw new IllegalStateException("npm install axe-core@" + AXE_VERSION + " failed (exit " + npm.exitValue()
					+ "):\n" + Files.readString(log));
		}
	}

	private String bounce() throws IOException {
		return resource(BOUNCE, StandardCharsets.US_ASCII);
	}

	private static String resource(String path, Charset charset) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), charset);
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
