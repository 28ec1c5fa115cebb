package org.smtpcodes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * smtp-codes: what an SMTP reply means.
 */
@SpringBootApplication
public class SmtpCodesApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmtpCodesApplication.class, args);
	}

}
