package org.smtpcodes.codes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smtpcodes.codes.CodeDocument.Reference;

/**
 * The language-neutral facts of the catalogue, as read from its YAML files.
 */
final class Facts {

	private Facts() {
	}

	/**
	 * A reply code.
	 *
	 * @param id the code
	 * @param standard defined by a standards-track or best-current-practice RFC
	 * @param deprecated deprecated by its own standard
	 * @param rfcText the text the standard gives
	 * @param references where it is defined
	 * @param phases SMTP phases or commands that produce it
	 * @param closesConnection the server closes the connection after it (RFC 5321 section
	 * 3.8: 221 and 421)
	 * @param retryable an exception to the class rule (4 retryable, 5 not), or null
	 * @param related codes worth comparing with it
	 * @param enhancedCodes the enhanced codes it usually carries
	 */
	record ReplyCode(CodeId.Reply id, boolean standard, boolean deprecated, String rfcText, List<Reference> references,
			List<String> phases, boolean closesConnection, Boolean retryable, List<String> related,
			List<String> enhancedCodes) {
	}

	/**
	 * An enhanced class (2, 4 or 5) or subject (0 to 7) of the registry.
	 *
	 * @param key {@code 4.X.X} or {@code X.1}
	 * @param references where it is defined
	 */
	record Heading(String key, List<Reference> references) {
	}

	/**
	 * A registered detail, {@code X.1.1}.
	 *
	 * @param subject the subject number
	 * @param detail the detail number
	 * @param sampleText the registry's sample text
	 * @param registryDescription the registry's description, or null
	 * @param classes the classes in which the detail is a document: 4 and 5 always, 2
	 * where it is positive
	 * @param replyCodes the reply codes the registry associates with it
	 * @param retryable exceptions to the class rule, by class
	 * @param deprecated the registry deprecates it
	 * @param replacedBy the detail to use instead, for a deprecated one
	 * @param related codes worth comparing with it
	 * @param references where it is defined
	 */
	record Detail(int subject, int detail, String sampleText, String registryDescription, Set<Integer> classes,
			List<String> replyCodes, Map<Integer, Boolean> retryable, boolean deprecated, String replacedBy,
			List<String> related, List<Reference> references) {

		String key() {
			return "X." + this.subject + "." + this.detail;
		}

	}

	/**
	 * The facts of the codes, each map in catalogue order.
	 *
	 * @param replyCodes the reply codes, by code
	 * @param classes the enhanced classes, by key ({@code 4.X.X})
	 * @param subjects the subjects, by key ({@code X.1})
	 * @param details the registered details, by key ({@code X.1.1})
	 */
	record All(Map<String, ReplyCode> replyCodes, Map<String, Heading> classes, Map<String, Heading> subjects,
			Map<String, Detail> details) {

		/**
		 * Every code that has a document: the reply codes, and each detail in each of its
		 * classes.
		 */
		Set<String> documents() {
			Set<String> documents = new LinkedHashSet<>(this.replyCodes.keySet());
			this.details.values()
				.forEach((detail) -> detail.classes()
					.forEach((classDigit) -> documents.add(classDigit + detail.key().substring(1))));
			return documents;
		}

	}

	/**
	 * A real reply and who sends it; filed under the codes it carries.
	 *
	 * @param reply the reply
	 * @param source the software or provider
	 * @param replyCode the reply code it starts with
	 * @param enhancedCode the enhanced code after it, or null
	 */
	record Example(String reply, String source, String replyCode, String enhancedCode) {
	}

}
