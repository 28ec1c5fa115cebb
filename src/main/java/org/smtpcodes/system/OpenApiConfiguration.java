package org.smtpcodes.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's summary. Each feature adds the examples of its own operations
 * ({@link OpenApiExamples}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI smtpCodesOpenApi() {
		return new OpenAPI()
			.info(new Info().title("smtp-codes")
				.version("1")
				.description("What an SMTP reply means: every reply code (RFC 5321, its extensions, and the "
						+ "non-standard codes seen in the wild) and every enhanced status code of the IANA registry, "
						+ "with what to do next. Errors are RFC 9457 problem details. The API is public and read-only: "
						+ "no operation needs authentication."))
			.addServersItem(new Server().url("/").description("This service"));
	}

}
