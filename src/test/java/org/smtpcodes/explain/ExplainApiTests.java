package org.smtpcodes.explain;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;


import static io.restassured.RestAssured.given;
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

}
