package org.smtpcodes.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smtpcodes.SmtpCodesApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The application refuses to start on a broken extra catalogue, and says why with file
 * and line.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenCatalogueTests {

	@Test
	void refusesToStartOnABrokenExtraCatalogue(@TempDir Path folder, CapturedOutput output) throws IOException {
		Path extra = folder.resolve("local.yaml");
		Files.writeString(extra, """
				replyCodes:
				  - code: "599"
				    standard: false
				    related: ["598"]
				texts:
				  en:
				    replyCodes:
				      - code: "599"
				        title: Vendor Refusal
				        description: A vendor's own refusal.
				        whenYouSeeIt: At RCPT.
				        howToFix: Ask the vendor.
				""", StandardCharsets.UTF_8);
		String location = extra.toUri().toString();
		assertThatException().isThrownBy(() -> SpringApplication.run(SmtpCodesApplication.class, "--server.port=0",
				"--catalogue.extra=" + location));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(location + ":4: replyCodes[599].related: 598 is not a code of the catalogue")
			.contains(location + ":8: replyCodes[599].retryAdvice: is missing")
			.doesNotContain("Tomcat started");
	}

	@Test
	void refusesToStartWhenTheExtraCatalogueIsMissing(CapturedOutput output) {
		assertThatException().isThrownBy(() -> SpringApplication.run(SmtpCodesApplication.class, "--server.port=0",
				"--catalogue.extra=file:/nonexistent/local.yaml"));
		assertThat(output).contains("file:/nonexistent/local.yaml:0: catalogue.extra: the file does not exist");
	}

}
