package org.smtpcodes.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smtpcodes.bounces.BounceReport;
import org.smtpcodes.bounces.Bounces;
import org.smtpcodes.maillog.MailLogReport;
import org.smtpcodes.maillog.MailLogs;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeFilter;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.explain.Explanation;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages: the API's URLs answered as HTML to a request that prefers it (a handler
 * marked {@link HtmlPreferred.AlsoJson} takes only a request whose {@code Accept} puts
 * {@code text/html} before JSON; JSON stays the answer to {@code *}{@code /*}), the home
 * page, and the answers to the home page's forms. Errors go to the service's problem
 * handling, and a browser gets them as pages ({@link ProblemPages}).
 */
@Controller
@Hidden
class PagesController {

	// the groups of each kind a log's page lists
	private static final String DEFAULT_GROUPS = "20";

	// how much of a pasted text or a file is read to tell a log
	private static final int LOG_PROBE = 8 * 1024;

	private final Pages pages;

	private final PageAnswers answers;

	private final Explainer explainer;

	private final Bounces bounces;

	private final MailLogs logs;

	PagesController(Pages pages, PageAnswers answers, Explainer explainer, Bounces bounces, MailLogs logs) {
		this.pages = pages;
		this.answers = answers;
		this.explainer = explainer;
		this.bounces = bounces;
		this.logs = logs;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	void home(Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		this.pages.write(this.answers.home(locale.getLanguage()), request, response);
	}

	@GetMapping(path = "/codes", produces = MediaType.TEXT_HTML_VALUE)
	@HtmlPreferred.AlsoJson
	void codes(@RequestParam(required = false) String kind,
			@RequestParam(name = "class", required = false) String classDigit, @RequestParam(required = false) String q,
			Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		this.pages.write(this.answers.codes(CodeFilter.of(kind, classDigit, q), locale.getLanguage()), request,
				response);
	}

	@GetMapping(path = "/codes/{code}", produces = MediaType.TEXT_HTML_VALUE)
	@HtmlPreferred.AlsoJson
	void code(@PathVariable String code, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		this.pages.write(this.answers.code(code, locale.getLanguage()), request, response);
	}

	@GetMapping(path = "/compare", produces = MediaType.TEXT_HTML_VALUE)
	@HtmlPreferred.AlsoJson
	void compare(@RequestParam String a, @RequestParam String b, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws HttpMediaTypeNotAcceptableException, IOException {
		this.pages.write(this.answers.comparison(a, b, locale.getLanguage()), request, response);
	}

	@GetMapping(path = "/explain", produces = MediaType.TEXT_HTML_VALUE)
	@HtmlPreferred.AlsoJson
	void explain(@RequestParam String reply, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		Explanation explanation = this.explainer.explainReply(reply, locale.getLanguage());
		this.pages.write(this.answers.explanation(reply, explanation, true, locale.getLanguage()), request, response);
	}

	@PostMapping(path = "/explain", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_HTML_VALUE)
	void explainForm(@RequestParam String reply, Locale locale, HttpServletResponse response) throws IOException {
		Explanation explanation = this.explainer.explainReply(reply, locale.getLanguage());
		this.pages.writePrivate(this.answers.explanation(reply, explanation, false, locale.getLanguage()).body(),
				response);
	}

	/**
	 * The home page's box: a mail server's log, chosen as a file or pasted, is read as a
	 * log; any other file is read as a bounce; a pasted text is read as a bounce when it
	 * is a whole message and explained as a reply otherwise.
	 */
	@PostMapping(path = "/bounces",
			consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE },
			produces = MediaType.TEXT_HTML_VALUE)
	void bounceForm(@RequestParam(required = false) String message, @RequestParam(required = false) MultipartFile file,
			Locale locale, HttpServletResponse response) throws IOException {
		String language = locale.getLanguage();
		boolean upload = file != null && !file.isEmpty();
		if (isLog(message, file)) {
			MailLogReport report = this.logs.readForm(message, file, MailLogs.Options.of(DEFAULT_GROUPS, null),
					language);
			this.pages.writePrivate(this.answers.mailLog(report, language), response);
			return;
		}
		if (!upload && message != null && !message.isBlank() && !Explainer.isWholeMessage(message)) {
			Explanation explanation = this.explainer.explainReply(message, language);
			this.pages.writePrivate(this.answers.explanation(message, explanation, false, language).body(), response);
			return;
		}
		BounceReport report = this.bounces.readForm(message, file, language);
		this.pages.writePrivate(this.answers.bounce(report, language), response);
	}

	@PostMapping(path = MailLogs.PATH,
			consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE },
			produces = MediaType.TEXT_HTML_VALUE)
	void mailLogForm(@RequestParam(required = false) String log, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = DEFAULT_GROUPS) String groups, @RequestParam(required = false) String mask,
			Locale locale, HttpServletResponse response) throws IOException {
		String language = locale.getLanguage();
		MailLogReport report = this.logs.readForm(log, file, MailLogs.Options.of(groups, mask), language);
		this.pages.writePrivate(this.answers.mailLog(report, language), response);
	}

	// a log is told from a reply or a message by its first lines; a file by its first
	// kilobytes (a .gz file by its first bytes)
	private static boolean isLog(String message, MultipartFile file) throws IOException {
		if (file != null && !file.isEmpty()) {
			try (InputStream in = file.getInputStream()) {
				return MailLogs.isLog(in.readNBytes(LOG_PROBE));
			}
		}
		if (message == null) {
			return false;
		}
		String start = (message.length() > LOG_PROBE) ? message.substring(0, LOG_PROBE) : message;
		return MailLogs.isLog(start.getBytes(StandardCharsets.UTF_8));
	}

}
