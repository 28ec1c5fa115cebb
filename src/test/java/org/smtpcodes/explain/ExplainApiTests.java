package org.smtpcodes.explain;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /explain} and {@code /reasons} against the running application.
 */
@ApiTest
class ExplainApiTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void explainsAReplyPostedAsJson() {
		JsonPath json = given().contentType(ContentType.JSON)
			.body("{\"reply\": \"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\"}")
			.post("/explain")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.extract()
			.jsonPath();
		assertThat(json.<String>get("replyCode.code")).isEqualTo("550");
		assertThat(json.<String>get("replyCode.title")).isEqualTo("Mailbox Unavailable");
		assertThat(json.<String>get("replyCode.href")).isEqualTo("/codes/550");
		assertThat(json.<String>get("enhancedCode.code")).isEqualTo("5.1.1");
		assertThat(json.<String>get("text"))
			.isEqualTo("<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table");
		assertThat(json.<String>get("bounce")).isEqualTo("hard");
		assertThat(json.<String>get("reason")).isEqualTo("userunknown");
		assertThat(json.<String>get("reasonDescription")).startsWith("The receiving server");
		assertThat(json.<Boolean>get("retry.retryable")).isFalse();
		assertThat(json.<String>get("action")).contains("address");
		assertThat(json.<String>get("evidence[0].rule")).isEqualTo("phrase");
		assertThat(json.<String>get("evidence[0].detail")).contains("User unknown");
	}

	@Test
	void explainsAMultiLineGmailReplySentAsText() {
		JsonPath json = given().contentType(ContentType.TEXT)
			.body("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
					+ "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain.\r\n"
					+ "550 5.7.26 - gsmtp\r\n")
			.post("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(json.<String>get("replyCode.code")).isEqualTo("550");
		assertThat(json.<String>get("enhancedCode.code")).isEqualTo("5.7.26");
		assertThat(json.<String>get("reason")).isEqualTo("authfailure");
		assertThat(json.<String>get("bounce")).isEqualTo("soft");
		assertThat(json.<String>get("provider.name")).isEqualTo("Gmail (Google)");
		assertThat(json.<String>get("provider.documentation")).startsWith("https://support.google.com/");
	}

	@Test
	void explainsAShortReplyGivenInTheQuery() {
		JsonPath json = given()
			.queryParam("reply", "452 4.2.2 The email account that you tried to reach is over quota.")
			.get("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(json.<String>get("reason")).isEqualTo("mailboxfull");
		assertThat(json.<String>get("bounce")).isEqualTo("soft");
		assertThat(json.<Boolean>get("retry.retryable")).isTrue();
	}

	@Test
	void explainsTextWithoutAnyCode() {
		JsonPath json = given()
			.queryParam("reply", "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN")
			.get("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(json.<String>get("reason")).isEqualTo("networkerror");
		assertThat(json.<Object>get("replyCode")).isNull();
	}

	@Test
	void reportsWhatIsWrongWithTheReplyItself() {
		assertThat(given().queryParam("reply", "550 4.7.1 Greylisted, try again later")
			.get("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.<String>getList("findings.type")).contains("class-mismatch");
		assertThat(given().queryParam("reply", "571 Delivery not authorized")
			.get("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.<String>getList("findings.type")).contains("outside-grammar");
		assertThat(given().queryParam("reply", "550 5.7.999 Blocked by local rule")
			.get("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.<String>getList("findings.type")).contains("unregistered-detail");
	}

	@Test
	void treatsA552ForTooManyRecipientsAsTemporary() {
		JsonPath json = given().queryParam("reply", "552 Too many recipients")
			.get("/explain")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(json.<Boolean>get("retry.retryable")).isTrue();
		assertThat(json.<String>get("retry.advice")).contains("4.5.3.1.10");
	}

	@Test
	void refusesAnEmptyReply() {
		assertThat(given().contentType(ContentType.JSON)
			.body("{\"reply\": \"  \"}")
			.post("/explain")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/empty-reply");
		JsonPath missing = given().contentType(ContentType.JSON)
			.body("{}")
			.post("/explain")
			.then()
			.statusCode(400)
			.extract()
			.jsonPath();
		assertThat(missing.<String>get("type")).isEqualTo("/problems/missing-parameter");
		assertThat(missing.<String>get("parameter")).isEqualTo("reply");
	}

	@Test
	void refusesABodyOverTheLimit() {
		JsonPath problem = given().contentType(ContentType.TEXT)
			.body("550 " + "x".repeat(17 * 1024))
			.post("/explain")
			.then()
			.statusCode(413)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/content-too-large");
		assertThat(problem.<Integer>get("limit")).isEqualTo(16384);
	}

	@Test
	void refusesTooManyLines() {
		assertThat(given().contentType(ContentType.TEXT)
			.body("550-x\n".repeat(150) + "550 x")
			.post("/explain")
			.then()
			.statusCode(413)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/too-many-lines");
	}

	@Test
	void refusesALongReplyInTheQuery() {
		JsonPath problem = given().queryParam("reply", "550 " + "x".repeat(5000))
			.get("/explain")
			.then()
			.statusCode(414)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/uri-too-long");
		assertThat(problem.<Integer>get("limit")).isEqualTo(4096);
	}

	@Test
	void refusesAnUnreadableOrUnsupportedBody() {
		assertThat(given().contentType(ContentType.JSON)
			.body("{\"reply\": ")
			.post("/explain")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/bad-request");
		assertThat(given().contentType(ContentType.XML)
			.body("<reply>550</reply>")
			.post("/explain")
			.then()
			.statusCode(415)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/unsupported-media-type");
	}

	@Test
	void listsEveryReason() {
		JsonPath json = given().get("/reasons").then().statusCode(200).extract().jsonPath();
		assertThat(json.<Object>getList("$")).hasSize(36);
		assertThat(json.<String>getList("reason")).contains("userunknown", "hostunknown", "mailboxfull", "blocked",
				"delivered", "vacation");
		assertThat(json.<String>get("find { it.reason == 'userunknown' }.hardBounce")).isEqualTo("always");
		assertThat(json.<String>get("find { it.reason == 'notaccept' }.hardBounce")).isEqualTo("when permanent");
		assertThat(json.<String>get("find { it.reason == 'mailboxfull' }.hardBounce")).isEqualTo("never");
		assertThat(json.<Boolean>get("find { it.reason == 'delivered' }.failure")).isFalse();
	}

	@Test
	void isDocumentedWithThreeRealisticExamples() {
		JsonPath document = given().get("/v3/api-docs").then().extract().jsonPath();
		assertThat(document
			.<String, Object>getMap("paths.'/explain'.post.requestBody.content.'application/json'.examples"))
			.hasSize(3);
		assertThat(document.<String>get(
				"paths.'/explain'.post.responses.'200'.content.'application/json'.examples.'Postfix, unknown user'.value.reason"))
			.isEqualTo("userunknown");
		assertThat(document.<String>get(
				"paths.'/explain'.post.responses.'200'.content.'application/json'.examples.'Exim bounce, mailbox full'.value.reason"))
			.isEqualTo("mailboxfull");
		assertThat(document.<String>get("paths.'/reasons'.get.summary")).startsWith("The reason classes");
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
