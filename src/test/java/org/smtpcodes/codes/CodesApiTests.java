package org.smtpcodes.codes;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code /codes} against the running application.
 */
@ApiTest
class CodesApiTests {

	@Test
	void answersAReplyCodeFieldByField() {
		given().get("/codes/451")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.body("code", equalTo("451"))
			.body("kind", equalTo("reply"))
			.body("title", equalTo("Local Error"))
			.body("class.code", equalTo("4xx"))
			.body("class.name", equalTo("Transient Negative Completion"))
			.body("class.description", startsWith("The command was refused"))
			.body("category.digit", equalTo(5))
			.body("category.name", equalTo("Mail system"))
			.body("rfcText", equalTo("Requested action aborted: local error in processing"))
			.body("description", containsString("local error in processing"))
			.body("whenYouSeeIt", containsString("RCPT"))
			.body("howToFix", containsString("queue"))
			.body("retry.retryable", equalTo(true))
			.body("retry.advice", containsString("later"))
			.body("standard", equalTo(true))
			.body("references.document", everyItem(equalTo("RFC 5321")))
			.body("references.section", contains("4.2.2", "4.2.3", "3.8"))
			.body("examples.reply", everyItem(startsWith("451 ")))
			.body("examples.source", hasItem("Gmail (Google)"))
			.body("references.url", hasItem("https://www.rfc-editor.org/rfc/rfc5321.html#section-4.2.3"))
			.body("related.code", hasItems("421", "450", "452"))
			.body("related.find { it.code == '421' }.href", equalTo("/codes/421"))
			.body("related.find { it.code == '421' }.title", equalTo("Service Not Available"))
			.body("enhancedCodes.code", hasItem("4.3.0"))
			.body("$", not(hasKey("subject")))
			.body("$", not(hasKey("registered")))
			.body("$", not(hasKey("replyCodes")));
	}

	@Test
	void answersAnEnhancedCodeFieldByField() {
		given().get("/codes/5.1.1")
			.then()
			.statusCode(200)
			.body("code", equalTo("5.1.1"))
			.body("kind", equalTo("enhanced"))
			.body("title", equalTo("Bad destination mailbox address"))
			.body("class.code", equalTo("5.X.X"))
			.body("class.name", equalTo("Permanent Failure"))
			.body("subject.code", equalTo("X.1"))
			.body("subject.name", equalTo("Addressing Status"))
			.body("detail.code", equalTo("X.1.1"))
			.body("detail.name", equalTo("Bad destination mailbox address"))
			.body("registered", equalTo(true))
			.body("rfcText", equalTo("Bad destination mailbox address"))
			.body("retry.retryable", equalTo(false))
			.body("standard", equalTo(true))
			.body("references.document", hasItems("RFC 3463", "IANA SMTP Enhanced Status Codes"))
			.body("references.find { it.document == 'RFC 3463' }.url",
					equalTo("https://www.rfc-editor.org/rfc/rfc3463.html#section-3.2"))
			.body("replyCodes.code", contains("550"))
			.body("related.code", hasItem("4.1.1"))
			.body("$", not(hasKey("category")));
	}

	@Test
	void answersTheTransientFormOfAPermanentOnlyDetail() {
		given().get("/codes/4.1.1")
			.then()
			.statusCode(200)
			.body("class.code", equalTo("4.X.X"))
			.body("retry.retryable", equalTo(true))
			.body("retry.advice", containsString("permanent"))
			.body("replyCodes.code", contains("451"));
	}

	@Test
	void answersAnUnregisteredDetailFromItsClassAndSubject() {
		given().get("/codes/4.7.99")
			.then()
			.statusCode(200)
			.body("registered", equalTo(false))
			.body("standard", equalTo(false))
			.body("subject.code", equalTo("X.7"))
			.body("detail.code", equalTo("X.7.99"))
			.body("title", equalTo("Security or Policy Status, unregistered detail 99"))
			.body("retry.retryable", equalTo(true))
			.body("rfcText", nullValue());
	}

	@Test
	void listsEveryCodeWithItsProvenance() {
		given().get("/codes")
			.then()
			.statusCode(200)
			.body("catalogue.version", equalTo("2026.11.29"))
			.body("catalogue.registryUpdated", equalTo("2024-12-06"))
			.body("count", equalTo(58 + 81 * 2 + 10))
			.body("codes.code", hasItems("211", "571", "2.0.0", "4.7.1", "5.7.30"))
			.body("codes.code", not(hasItem("X.1.1")))
			.body("codes.find { it.code == '451' }.summary", startsWith("The server gave up"))
			.body("codes.find { it.code == '451' }.href", equalTo("/codes/451"))
			.body("codes.find { it.code == '451' }.class.code", equalTo("4xx"));
	}

	@Test
	void filtersTheListByKindClassAndText() {
		given().queryParam("kind", "enhanced").queryParam("class", "2").get("/codes")
			.then()
			.statusCode(200)
			.body("count", equalTo(10))
			.body("codes.kind", everyItem(equalTo("enhanced")))
			.body("codes.code", everyItem(startsWith("2.")));
		given().queryParam("q", "Greylist").get("/codes")
			.then()
			.statusCode(200)
			.body("count", greaterThan(0))
			.body("codes.code", hasItems("451", "4.7.1"));
		given().queryParam("q", "no code says this").get("/codes")
			.then()
			.statusCode(200)
			.body("count", equalTo(0))
			.body("codes.size()", equalTo(0));
	}

}
