package org.smtpcodes.explain;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;


import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code /explain} and {@code /reasons} against the running application.
 */
@ApiTest
class ExplainApiTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void explainsAReplyPostedAsJson() {
		given().contentType(ContentType.JSON)
			.body("{\"reply\": \"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\"}")
			.post("/explain")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.body("replyCode.code", equalTo("550"))
			.body("replyCode.title", equalTo("Mailbox Unavailable"))
			.body("replyCode.href", equalTo("/codes/550"))
			.body("enhancedCode.code", equalTo("5.1.1"))
			.body("text", equalTo("<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table"))
			.body("bounce", equalTo("hard"))
			.body("reason", equalTo("userunknown"))
			.body("reasonDescription", startsWith("The receiving server"))
			.body("retry.retryable", equalTo(false))
			.body("action", containsString("address"))
			.body("evidence[0].rule", equalTo("phrase"))
			.body("evidence[0].detail", containsString("User unknown"));
	}

	@Test
	void explainsAMultiLineGmailReplySentAsText() {
		given().contentType(ContentType.TEXT)
			.body("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
					+ "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain.\r\n"
					+ "550 5.7.26 - gsmtp\r\n")
			.post("/explain")
			.then()
			.statusCode(200)
			.body("replyCode.code", equalTo("550"))
			.body("enhancedCode.code", equalTo("5.7.26"))
			.body("reason", equalTo("authfailure"))
			.body("bounce", equalTo("soft"))
			.body("provider.name", equalTo("Gmail (Google)"))
			.body("provider.documentation", startsWith("https://support.google.com/"));
	}

	@Test
	void explainsAShortReplyGivenInTheQuery() {
		given().queryParam("reply", "452 4.2.2 The email account that you tried to reach is over quota.")
			.get("/explain")
			.then()
			.statusCode(200)
			.body("reason", equalTo("mailboxfull"))
			.body("bounce", equalTo("soft"))
			.body("retry.retryable", equalTo(true));
	}

	@Test
	void explainsTextWithoutAnyCode() {
		given().queryParam("reply", "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN")
			.get("/explain")
			.then()
			.statusCode(200)
			.body("reason", equalTo("networkerror"))
			.body("replyCode", equalTo(null));
	}

	@Test
	void reportsWhatIsWrongWithTheReplyItself() {
		given().queryParam("reply", "550 4.7.1 Greylisted, try again later")
			.get("/explain")
			.then()
			.statusCode(200)
			.body("findings.type", hasItem("class-mismatch"));
		given().queryParam("reply", "571 Delivery not authorized")
			.get("/explain")
			.then()
			.statusCode(200)
			.body("findings.type", hasItem("outside-grammar"));
		given().queryParam("reply", "550 5.7.999 Blocked by local rule")
			.get("/explain")
			.then()
			.statusCode(200)
			.body("findings.type", hasItem("unregistered-detail"));
	}

	@Test
	void treatsA552ForTooManyRecipientsAsTemporary() {
		given().queryParam("reply", "552 Too many recipients")
			.get("/explain")
			.then()
			.statusCode(200)
			.body("retry.retryable", equalTo(true))
			.body("retry.advice", containsString("4.5.3.1.10"));
	}

	@Test
	void refusesAnEmptyReply() {
		given().contentType(ContentType.JSON).body("{\"reply\": \"  \"}").post("/explain")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/empty-reply"));
		given().contentType(ContentType.JSON).body("{}").post("/explain")
			.then()
			.statusCode(400)
			.body("type", equalTo("/problems/missing-parameter"))
			.body("parameter", equalTo("reply"));
	}

	@Test
	void refusesABodyOverTheLimit() {
		given().contentType(ContentType.TEXT).body("550 " + "x".repeat(17 * 1024)).post("/explain")
			.then()
			.statusCode(413)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/content-too-large"))
			.body("limit", equalTo(16384));
	}

	@Test
	void refusesTooManyLines() {
		given().contentType(ContentType.TEXT).body("550-x\n".repeat(150) + "550 x").post("/explain")
			.then()
			.statusCode(413)
			.body("type", equalTo("/problems/too-many-lines"));
	}

	@Test
	void refusesALongReplyInTheQuery() {
		given().queryParam("reply", "550 " + "x".repeat(5000)).get("/explain")
			.then()
			.statusCode(414)
			.body("type", equalTo("/problems/uri-too-long"))
			.body("limit", equalTo(4096));
	}

	@Test
	void refusesAnUnreadableOrUnsupportedBody() {
		given().contentType(ContentType.JSON).body("{\"reply\": ").post("/explain")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/bad-request"));
		given().contentType(ContentType.XML).body("<reply>550</reply>").post("/explain")
			.then()
			.statusCode(415)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/unsupported-media-type"));
	}

	@Test
	void listsEveryReason() {
		given().get("/reasons")
			.then()
			.statusCode(200)
			.body("$", hasSize(36))
			.body("reason", hasItems("userunknown", "hostunknown", "mailboxfull", "blocked", "delivered", "vacation"))
			.body("find { it.reason == 'userunknown' }.hardBounce", equalTo("always"))
			.body("find { it.reason == 'notaccept' }.hardBounce", equalTo("when permanent"))
			.body("find { it.reason == 'mailboxfull' }.hardBounce", equalTo("never"))
			.body("find { it.reason == 'delivered' }.failure", equalTo(false));
	}

	@Test
	void isDocumentedWithThreeRealisticExamples() {
		given().get("/v3/api-docs")
			.then()
			.body("paths.'/explain'.post.requestBody.content.'application/json'.examples.keySet()", hasSize(3))
			.body("paths.'/explain'.post.responses.'200'.content.'application/json'.examples.'Postfix, unknown user'.value.reason",
					equalTo("userunknown"))
			.body("paths.'/explain'.post.responses.'200'.content.'application/json'.examples.'Exim bounce, mailbox full'.value.reason",
					equalTo("mailboxfull"))
			.body("paths.'/reasons'.get.summary", startsWith("The reason classes"));
	}

	@Test
	void answersAProblemWhenTheTextHoldsNoReply() {
		Response response = given().contentType(ContentType.TEXT).body("hello world").post("/explain");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		assertThat(response.path("type").toString()).isEqualTo("/problems/no-reply");
		assertThat(response.path("title").toString()).isEqualTo("No SMTP reply");
		assertThat(response.path("detail").toString()).startsWith("The text holds no SMTP reply");
		assertThat(response.<Object>path("reason")).isNull();
	}

	@Test
	void answersTheNoReplyProblemInJapanese() {
		Response response = given().queryParam("reply", "hello world").queryParam("lang", "ja").get("/explain");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.path("type").toString()).isEqualTo("/problems/no-reply");
		assertThat(response.path("title").toString()).isEqualTo("SMTP 応答なし");
		assertThat(response.path("detail").toString()).startsWith("テキストに SMTP の応答が含まれていません。");
		Response json = given().contentType(ContentType.JSON)
			.header("Accept-Language", "ja")
			.body("{\"reply\": \"hello world\"}")
			.post("/explain");
		assertThat(json.statusCode()).isEqualTo(422);
		assertThat(json.path("title").toString()).isEqualTo("SMTP 応答なし");
	}

	@Test
	void stillExplainsWordsWithoutAnyCode() {
		Response response = given().queryParam("reply", "mailbox full").get("/explain");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.path("reason").toString()).isEqualTo("mailboxfull");
		assertThat(response.path("bounce").toString()).isEqualTo("soft");
	}

	@Test
	void stillPointsAWholeMessageToBounces() {
		Response response = given().contentType(ContentType.TEXT)
			.body("From: MAILER-DAEMON@example.org\nTo: bob@example.org\nDate: Thu, 1 Jan 2015 00:00:00 +0000\n"
					+ "Subject: hello\n\nhello world\n")
			.post("/explain");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.path("type").toString()).isEqualTo("/problems/whole-message");
		assertThat(response.path("title").toString()).isEqualTo("A whole message");
	}

	@Test
	void readsTheReplyOfABounceNotTheCodesOfItsReturnedMessage() {
		Response response = given().contentType(ContentType.TEXT)
			.body("This is the mail system at host mail.example.org.\n\n"
					+ "<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>:\n"
					+ "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n"
					+ "------ This is a copy of the message, including all the headers. ------\n"
					+ "Subject: Cake\n\nYou need:\n250 grams of flour\n3 eggs\n")
			.post("/explain");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.path("replyCode.code").toString()).isEqualTo("550");
		assertThat(response.path("enhancedCode.code").toString()).isEqualTo("5.1.1");
		assertThat(response.path("reason").toString()).isEqualTo("userunknown");
		assertThat(response.path("bounce").toString()).isEqualTo("hard");
		assertThat(response.<Object>path("otherCodes")).isNull();
		assertThat(response.path("text").toString()).doesNotContain("grams");
	}

	@Test
	void followsTheReplyCodeWhenTheEnhancedCodeHasAnotherClass() {
		Response response = given().queryParam("reply", "550 4.1.1 User unknown").get("/explain");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.path("reason").toString()).isEqualTo("userunknown");
		assertThat(response.path("bounce").toString()).isEqualTo("hard");
		assertThat(response.<Boolean>path("retry.retryable")).isFalse();
		assertThat(response.path("retry.advice").toString()).startsWith("The reply code 550 is permanent")
			.doesNotContain("Retry on the normal schedule");
		assertThat(response.<List<String>>path("findings.type")).contains("class-mismatch");
	}

	@Test
	void documentsTheNoReplyProblem() {
		Response response = given().get("/v3/api-docs");
		for (String method : new String[] { "get", "post" }) {
			assertThat(response.path("paths.'/explain'." + method + ".responses.'422'.description").toString())
				.contains("/problems/no-reply", "/problems/whole-message");
		}
	}

}
