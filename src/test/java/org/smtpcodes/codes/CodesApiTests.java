package org.smtpcodes.codes;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /codes} against the running application.
 */
@ApiTest
class CodesApiTests {

	@Test
	void answersAReplyCodeFieldByField() {
		JsonPath json = given().get("/codes/451")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.extract()
			.jsonPath();
		assertThat(json.<String>get("code")).isEqualTo("451");
		assertThat(json.<String>get("kind")).isEqualTo("reply");
		assertThat(json.<String>get("title")).isEqualTo("Local Error");
		assertThat(json.<String>get("class.code")).isEqualTo("4xx");
		assertThat(json.<String>get("class.name")).isEqualTo("Transient Negative Completion");
		assertThat(json.<String>get("class.description")).startsWith("The command was refused");
		assertThat(json.<Integer>get("category.digit")).isEqualTo(5);
		assertThat(json.<String>get("category.name")).isEqualTo("Mail system");
		assertThat(json.<String>get("rfcText")).isEqualTo("Requested action aborted: local error in processing");
		assertThat(json.<String>get("description")).contains("local error in processing");
		assertThat(json.<String>get("whenYouSeeIt")).contains("RCPT");
		assertThat(json.<String>get("howToFix")).contains("queue");
		assertThat(json.<Boolean>get("retry.retryable")).isTrue();
		assertThat(json.<String>get("retry.advice")).contains("later");
		assertThat(json.<Boolean>get("standard")).isTrue();
		assertThat(json.<String>getList("references.document"))
			.allSatisfy((document) -> assertThat(document).isEqualTo("RFC 5321"));
		assertThat(json.<String>getList("references.section")).containsExactly("4.2.2", "4.2.3", "3.8");
		assertThat(json.<String>getList("examples.reply")).allSatisfy((reply) -> assertThat(reply).startsWith("451 "));
		assertThat(json.<String>getList("examples.source")).contains("Gmail (Google)");
		assertThat(json.<String>getList("references.url"))
			.contains("https://www.rfc-editor.org/rfc/rfc5321.html#section-4.2.3");
		assertThat(json.<String>getList("related.code")).contains("421", "450", "452");
		assertThat(json.<String>get("related.find { it.code == '421' }.href")).isEqualTo("/codes/421");
		assertThat(json.<String>get("related.find { it.code == '421' }.title")).isEqualTo("Service Not Available");
		assertThat(json.<String>getList("enhancedCodes.code")).contains("4.3.0");
		assertThat(json.<String, Object>getMap("$")).doesNotContainKeys("subject", "registered", "replyCodes");
	}

	@Test
	void answersAnEnhancedCodeFieldByField() {
		JsonPath json = given().get("/codes/5.1.1").then().statusCode(200).extract().jsonPath();
		assertThat(json.<String>get("code")).isEqualTo("5.1.1");
		assertThat(json.<String>get("kind")).isEqualTo("enhanced");
		assertThat(json.<String>get("title")).isEqualTo("Bad destination mailbox address");
		assertThat(json.<String>get("class.code")).isEqualTo("5.X.X");
		assertThat(json.<String>get("class.name")).isEqualTo("Permanent Failure");
		assertThat(json.<String>get("subject.code")).isEqualTo("X.1");
		assertThat(json.<String>get("subject.name")).isEqualTo("Addressing Status");
		assertThat(json.<String>get("detail.code")).isEqualTo("X.1.1");
		assertThat(json.<String>get("detail.name")).isEqualTo("Bad destination mailbox address");
		assertThat(json.<Boolean>get("registered")).isTrue();
		assertThat(json.<String>get("rfcText")).isEqualTo("Bad destination mailbox address");
		assertThat(json.<Boolean>get("retry.retryable")).isFalse();
		assertThat(json.<Boolean>get("standard")).isTrue();
		assertThat(json.<String>getList("references.document")).contains("RFC 3463", "IANA SMTP Enhanced Status Codes");
		assertThat(json.<String>get("references.find { it.document == 'RFC 3463' }.url"))
			.isEqualTo("https://www.rfc-editor.org/rfc/rfc3463.html#section-3.2");
		assertThat(json.<String>getList("replyCodes.code")).containsExactly("550");
		assertThat(json.<String>getList("related.code")).contains("4.1.1");
		assertThat(json.<String, Object>getMap("$")).doesNotContainKey("category");
	}

	@Test
	void answersTheTransientFormOfAPermanentOnlyDetail() {
		JsonPath json = given().get("/codes/4.1.1").then().statusCode(200).extract().jsonPath();
		assertThat(json.<String>get("class.code")).isEqualTo("4.X.X");
		assertThat(json.<Boolean>get("retry.retryable")).isTrue();
		assertThat(json.<String>get("retry.advice")).contains("permanent");
		assertThat(json.<String>getList("replyCodes.code")).containsExactly("451");
	}

	@Test
	void answersAnUnregisteredDetailFromItsClassAndSubject() {
		JsonPath json = given().get("/codes/4.7.99").then().statusCode(200).extract().jsonPath();
		assertThat(json.<Boolean>get("registered")).isFalse();
		assertThat(json.<Boolean>get("standard")).isFalse();
		assertThat(json.<String>get("subject.code")).isEqualTo("X.7");
		assertThat(json.<String>get("detail.code")).isEqualTo("X.7.99");
		assertThat(json.<String>get("title")).isEqualTo("Security or Policy Status, unregistered detail 99");
		assertThat(json.<Boolean>get("retry.retryable")).isTrue();
		assertThat(json.<Object>get("rfcText")).isNull();
	}

	@Test
	void listsEveryCodeWithItsProvenance() {
		JsonPath json = given().get("/codes").then().statusCode(200).extract().jsonPath();
		assertThat(json.<String>get("catalogue.version")).isEqualTo("2026.11.29");
		assertThat(json.<String>get("catalogue.registryUpdated")).isEqualTo("2024-12-06");
		assertThat(json.<Integer>get("count")).isEqualTo(58 + 81 * 2 + 10);
		assertThat(json.<String>getList("codes.code")).contains("211", "571", "2.0.0", "4.7.1", "5.7.30")
			.doesNotContain("X.1.1");
		assertThat(json.<String>get("codes.find { it.code == '451' }.summary")).startsWith("The server gave up");
		assertThat(json.<String>get("codes.find { it.code == '451' }.href")).isEqualTo("/codes/451");
		assertThat(json.<String>get("codes.find { it.code == '451' }.class.code")).isEqualTo("4xx");
	}

	@Test
	void filtersTheListByKindClassAndText() {
		JsonPath enhanced = given().queryParam("kind", "enhanced")
			.queryParam("class", "2")
			.get("/codes")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(enhanced.<Integer>get("count")).isEqualTo(10);
		assertThat(enhanced.<String>getList("codes.kind")).allSatisfy((kind) -> assertThat(kind).isEqualTo("enhanced"));
		assertThat(enhanced.<String>getList("codes.code")).allSatisfy((code) -> assertThat(code).startsWith("2."));
		JsonPath greylist = given().queryParam("q", "Greylist")
			.get("/codes")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(greylist.<Integer>get("count")).isGreaterThan(0);
		assertThat(greylist.<String>getList("codes.code")).contains("451", "4.7.1");
		JsonPath none = given().queryParam("q", "no code says this")
			.get("/codes")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(none.<Integer>get("count")).isEqualTo(0);
		assertThat(none.<Integer>get("codes.size()")).isEqualTo(0);
	}

}
