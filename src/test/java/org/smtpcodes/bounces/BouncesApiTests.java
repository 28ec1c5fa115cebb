package org.smtpcodes.bounces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /bounces} against the running application, with real bounces of Sisimai's
 * sample set.
 */
@ApiTest
class BouncesApiTests {

	@LocalServerPort
	int port;

	private static final String RFC822 = "message/rfc822";

	@Test
	void explainsEveryRecipientOfADeliveryStatusNotification() throws IOException {
		Response response = given().contentType(RFC822).body(sample("rfc3464-35.eml")).post("/bounces");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(response.path("format").toString()).isEqualTo("rfc3464");
		assertThat(response.path("reportingMta").toString()).isEqualTo("cs.utk.edu");
		List<String> recipients = response.path("recipients.recipient");
		assertThat(recipients).containsExactly("kijitora@nyaan.example.com", "sabatora@cat.example.net",
				"mikeneko@neko.example.or.jp");
		assertThat(response.path("recipients[0].action").toString()).isEqualTo("failed");
		assertThat(response.path("recipients[0].status").toString()).isEqualTo("5.0.0");
		assertThat(response.path("recipients[0].replyCode").toString()).isEqualTo("550");
		assertThat(response.path("recipients[0].remoteMta").toString()).isEqualTo("nyaan.example.com");
		assertThat(response.path("recipients[1].action").toString()).isEqualTo("delayed");
		assertThat(response.path("recipients[1].reason").toString()).isEqualTo("networkerror");
		assertThat(response.path("recipients[1].bounce").toString()).isEqualTo("soft");
		assertThat((Boolean) response.path("recipients[1].retry.retryable")).isTrue();
		assertThat(response.path("recipients[0].codes[0].href").toString()).isEqualTo("/codes/550");
		assertThat(response.path("recipients[0].codes[0].compareHref").toString()).isEqualTo("/compare?a=550&b=5.0.0");
	}

	@Test
	void identifiesTheMessageThatBounced() throws IOException {
		Response response = given().contentType(RFC822).body(sample("rfc3464-01.eml")).post("/bounces");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.path("original.messageId").toString())
			.isEqualTo("<E1C50F1B-1C83-4820-BC36-AC6FBFBE8568@example.org>");
		// an RFC 2047 encoded word, decoded
		assertThat(response.path("original.subject").toString()).isEqualTo("バウンスメールのテスト(日本語)");
		assertThat(response.path("original.from").toString()).isEqualTo("kijitora@example.org");
		assertThat(response.path("original.to").toString()).isEqualTo("[userunknown@bouncehammer.jp]");
	}

	@Test
	void readsFeedbackReportsAndAutoReplies() throws IOException {
		Response feedback = given().contentType(RFC822).body(sample("arf-16.eml")).post("/bounces");
		assertThat(feedback.statusCode()).isEqualTo(200);
		assertThat(feedback.path("format").toString()).isEqualTo("feedback-report");
		assertThat(feedback.path("recipients.size()").toString()).isEqualTo("7");
		assertThat(feedback.path("recipients[0].reason").toString()).isEqualTo("feedback");
		assertThat(feedback.path("recipients[0].feedbackType").toString()).isEqualTo("abuse");
		assertThat(feedback.path("recipients[0].bounce").toString()).isEqualTo("none");
		Response vacation = given().contentType(RFC822).body(sample("rfc3834-02.eml")).post("/bounces");
		assertThat(vacation.statusCode()).isEqualTo(200);
		assertThat(vacation.path("recipients[0].reason").toString()).isEqualTo("vacation");
	}

	@Test
	void answersTheSameWhateverTheLineEnds() throws IOException {
		String lf = normalized(sample("lhost-postfix-02.eml"));
		String expected = given().contentType(RFC822)
			.body(lf.getBytes(StandardCharsets.ISO_8859_1))
			.post("/bounces")
			.asString();
		for (String lineEnd : new String[] { "\r\n", "\r" }) {
			String other = lf.replace("\n", lineEnd);
			assertThat(given().contentType(RFC822)
				.body(other.getBytes(StandardCharsets.ISO_8859_1))
				.post("/bounces")
				.asString()).as("line ends %s", lineEnd.equals("\r") ? "CR" : "CRLF").isEqualTo(expected);
		}
	}

	@Test
	void readsAPlainTextBodyAsAMessageAndAGzipBodyDecoded() throws IOException {
		byte[] message = sample("rfc3464-35.eml");
		Response text = given().contentType(ContentType.TEXT).body(message).post("/bounces");
		assertThat(text.statusCode()).isEqualTo(200);
		assertThat(text.path("recipients.size()").toString()).isEqualTo("3");
		Response gzip = given().contentType(RFC822)
			.header("Content-Encoding", "gzip")
			.body(gzip(message))
			.post("/bounces");
		assertThat(gzip.asString()).isEqualTo(text.asString());
	}

	@Test
	void readsEveryMessageOfAMailbox() throws IOException {
		StringBuilder mailbox = new StringBuilder();
		for (String file : new String[] { "rfc3464-35.eml", "rfc3464-09.eml", "rfc3834-02.eml" }) {
			mailbox.append("From MAILER-DAEMON Thu Jan  1 00:00:00 2015\n")
				.append(normalized(sample(file)).replace("\nFrom ", "\n>From "))
				.append("\n");
		}
		mailbox.append(
				"From someone@example.org Thu Jan  1 00:00:00 2015\nFrom: someone@example.org\nSubject: lunch?\n\nNoon.\n");
		Response response = given().contentType("application/mbox")
			.body(mailbox.toString().getBytes(StandardCharsets.ISO_8859_1))
			.post("/bounces");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.path("messages").toString()).isEqualTo("4");
		assertThat(response.path("bounces").toString()).isEqualTo("3");
		assertThat(response.path("recipients").toString()).isEqualTo("5");
		assertThat(response.path("reports[0].report.recipients.size()").toString()).isEqualTo("3");
		assertThat(response.path("reports[3].notABounce").toString()).contains("lunch?");
	}

	@Test
	void refusesAMessageThatIsNotABounce() {
		Response response = given().contentType(RFC822)
			.body("From: alice@example.org\nTo: bob@example.org\nSubject: Newsletter\n\nHello Bob.\n"
				.getBytes(StandardCharsets.US_ASCII))
			.post("/bounces");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.path("type").toString()).isEqualTo("/problems/not-a-bounce");
		assertThat(response.path("detail").toString()).contains("RFC 3464");
	}

	@Test
	void readsAMessageSentAsAFormOrUploadedAsAFileAsItReadsTheMessageItself() throws IOException {
		byte[] message = sample("lhost-postfix-02.eml");
		String direct = given().contentType(RFC822).body(message).post("/bounces").asString();
		Response form = given().contentType(ContentType.URLENC)
			.formParam("message", new String(message, StandardCharsets.UTF_8))
			.post("/bounces");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.contentType()).isEqualTo("application/json");
		assertThat(form.asString()).isEqualTo(direct);
		Response upload = given().multiPart("file", "bounce.eml", message, RFC822).post("/bounces");
		assertThat(upload.statusCode()).isEqualTo(200);
		assertThat(upload.asString()).isEqualTo(direct);
		// the file wins over the text when a form sends both, as the home page's may
		Response both = given().multiPart("message", "550 5.1.1 user unknown")
			.multiPart("file", "bounce.eml", message, RFC822)
			.post("/bounces");
		assertThat(both.asString()).isEqualTo(direct);
	}

	@Test
	void refusesAFormWithoutAMessageAndAMultipartBodyThatCannotBeRead() {
		Response empty = given().multiPart("file", "empty.eml", new byte[0], RFC822).post("/bounces");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.path("type").toString()).isEqualTo("/problems/missing-parameter");
		assertThat(empty.path("parameter").toString()).isEqualTo("message");
		Response torn = given().contentType("multipart/form-data; boundary=b")
			.body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.eml\"\r\n\r\nFrom: a"
				.getBytes(StandardCharsets.US_ASCII))
			.post("/bounces");
		assertThat(torn.statusCode()).isEqualTo(400);
		assertThat(torn.contentType()).isEqualTo("application/problem+json");
		assertThat(torn.path("detail").toString()).contains("multipart body could not be read");
		// elsewhere a multipart body is not read at all
		assertThat(given().contentType("multipart/form-data; boundary=b")
			.body("--b--".getBytes(StandardCharsets.US_ASCII))
			.post("/explain")
			.statusCode()).isEqualTo(415);
	}

	@Test
	void refusesAMessageOverTheSizeLimit() throws IOException {
		// declared larger than the 10 MiB limit: refused before a byte of it is read
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write(("POST /bounces HTTP/1.1\r\nHost: localhost\r\nContent-Type: message/rfc822\r\n"
						+ "Content-Length: " + (10 * 1024 * 1024 + 1) + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			byte[] answer = new byte[4096];
			int n = socket.getInputStream().read(answer);
			assertThat(new String(answer, 0, Math.max(n, 0), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void neverFailsOnTornOrBrokenMessages() throws IOException {
		Random random = new Random(13);
		for (String file : new String[] { "rfc3464-35.eml", "lhost-postfix-02.eml", "arf-16.eml", "lhost-exim-02.eml",
				"lhost-exchange2007-05.eml", "lhost-domino-01.eml" }) {
			byte[] message = sample(file);
			for (int i = 0; i < 8; i++) {
				byte[] torn = java.util.Arrays.copyOf(message, random.nextInt(message.length));
				if (i % 2 == 1 && torn.length > 10) {
					for (int j = 0; j < 20; j++) {
						torn[random.nextInt(torn.length)] = (byte) random.nextInt(256);
					}
				}
				int status = given().contentType(RFC822).body(torn).post("/bounces").statusCode();
				assertThat(status).as("%s cut at %d", file, torn.length).isIn(200, 422);
			}
		}
	}

	@Test
	void answersInJapanese() throws IOException {
		Response response = given().contentType(RFC822)
			.queryParam("lang", "ja")
			.body(sample("rfc3464-35.eml"))
			.post("/bounces");
		assertThat(response.header("Content-Language")).isEqualTo("ja");
		assertThat(response.path("recipients[0].whatToDo").toString()).containsPattern("[\\u3040-\\u30ff]");
	}

	@Test
	void pointsAWholeMessageSentToExplainToBounces() throws IOException {
		Response response = given().contentType(ContentType.TEXT)
			.body("From: MAILER-DAEMON@example.org\nTo: bob@example.org\nDate: Thu, 1 Jan 2015 00:00:00 +0000\n"
					+ "Subject: Undelivered Mail Returned to Sender\n\n<alice@example.org>: host mx said: 550 5.1.1 "
					+ "User unknown (in reply to RCPT TO command)\n")
			.post("/explain");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.path("type").toString()).isEqualTo("/problems/whole-message");
		assertThat(response.path("bounces").toString()).isEqualTo("/bounces");
		assertThat(given().contentType(ContentType.TEXT)
			.body("Diagnostic-Code: smtp; 550 5.1.1 User unknown")
			.post("/explain")
			.statusCode()).isEqualTo(200);
	}

	static byte[] sample(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return in.readAllBytes();
		}
	}

	// a sample with LF line ends (some samples have CRLF)
	private static String normalized(byte[] message) {
		return new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

}
