package org.smtpcodes.codes;

import org.junit.jupiter.api.Test;
import org.smtpcodes.system.Answers;
import org.smtpcodes.system.Problems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web layer of {@code /codes}: routing, parameters and problem answers, without a
 * server.
 */
@WebMvcTest(CodesController.class)
@Import({ CatalogueConfiguration.class, Problems.class, CodeAnswers.class, Answers.class })
class CodesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void answersACodeAsJson() {
		assertThat(this.mvc.get().uri("/codes/{code}", "550")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Mailbox Unavailable");
	}

	@Test
	void omitsFieldsThatDoNotApply() {
		assertThat(this.mvc.get().uri("/codes/{code}", "250")).hasStatusOk()
			.bodyJson()
			.doesNotHavePath("$.retry")
			.doesNotHavePath("$.subject")
			.doesNotHavePath("$.registered")
			.doesNotHavePath("$.outsideGrammar")
			.hasPathSatisfying("$.standard", (standard) -> assertThat(standard).isEqualTo(true));
	}

	@Test
	void acceptsSurroundingSpaceInACode() {
		assertThat(this.mvc.get().uri("/codes/{code}", " 550 ")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("550");
	}

	@Test
	void answersAMalformedCodeWithAProblem() {
		assertThat(this.mvc.get().uri("/codes/{code}", "5.1")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("/problems/malformed-code");
	}

	@Test
	void cutsLongInputInTheProblemDetail() {
		String longCode = "9".repeat(500);
		assertThat(this.mvc.get().uri("/codes/{code}", longCode)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.hasSizeLessThan(300)
			.contains("9".repeat(40) + "...");
	}

	@Test
	void filtersByClass() {
		assertThat(this.mvc.get().uri("/codes").param("class", "3")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.codes[*].code")
			.asArray()
			.containsExactly("334", "354", "355");
	}

	@Test
	void refusesAnUnknownKind() {
		assertThat(this.mvc.get().uri("/codes").param("kind", "all")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("kind");
	}

}
