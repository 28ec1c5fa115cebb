package org.smtpcodes.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pages.
 *
 * @param siteAddress the absolute address the service is reached at
 * (https://smtp.example.org), for the canonical and {@code hreflang} links that search
 * engines read; empty, they are relative
 */
@ConfigurationProperties("smtp-codes.pages")
public record PagesProperties(@DefaultValue("") String siteAddress) {

	public PagesProperties {
		while (siteAddress.endsWith("/")) {
			siteAddress = siteAddress.substring(0, siteAddress.length() - 1);
		}
	}

}
