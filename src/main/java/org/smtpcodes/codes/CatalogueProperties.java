package org.smtpcodes.codes;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalogue.
 *
 * @param extra an operator's own catalogue file, loaded after the embedded one and
 * validated the same way, e.g. {@code file:/etc/smtp-codes/local.yaml}; its entries add
 * codes or replace fields of existing ones
 * @param languages the languages every text must exist in; the first is the default
 */
@ConfigurationProperties("catalogue")
public record CatalogueProperties(String extra, @DefaultValue("en") List<String> languages) {

	public CatalogueProperties {
		languages = List.copyOf(languages);
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("catalogue.languages names no language");
		}
	}

}
