package org.smtpcodes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts virtual threads on one carrier more than the cores, unless told
 * otherwise.
 */
class SmtpCodesApplicationTests {

	private String before;

	@BeforeEach
	void remember() {
		this.before = System.getProperty(SmtpCodesApplication.CARRIERS);
	}

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(SmtpCodesApplication.CARRIERS);
		}
		else {
			System.setProperty(SmtpCodesApplication.CARRIERS, this.before);
		}
	}

	@Test
	void usesOneCarrierMoreThanTheCores() {
		System.clearProperty(SmtpCodesApplication.CARRIERS);
		SmtpCodesApplication.spareCarrier();
		assertThat(System.getProperty(SmtpCodesApplication.CARRIERS))
			.isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors() + 1));
	}

	@Test
	void keepsTheNumberSetOnTheCommandLine() {
		System.setProperty(SmtpCodesApplication.CARRIERS, "7");
		SmtpCodesApplication.spareCarrier();
		assertThat(System.getProperty(SmtpCodesApplication.CARRIERS)).isEqualTo("7");
	}

}
