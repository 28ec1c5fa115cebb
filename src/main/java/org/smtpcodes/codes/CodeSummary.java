package org.smtpcodes.codes;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One code in the list of {@code GET /codes}.
 *
 * @param code the code
 * @param kind {@code reply} or {@code enhanced}
 * @param title short name
 * @param codeClass its class, without the description
 * @param summary the first sentence of its description
 * @param href link to the whole document
 */
public record CodeSummary(String code, String kind, String title,
		@JsonProperty("class") CodeDocument.CodeClass codeClass, String summary, String href) {
}
