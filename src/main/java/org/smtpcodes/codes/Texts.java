package org.smtpcodes.codes;

import java.util.Map;

/**
 * The texts of the catalogue in one language, as read from
 * {@code texts/<language>/*.yaml}.
 *
 * @param language the language tag, e.g. {@code en}
 * @param classes names and descriptions of the classes, by key ({@code 4xx},
 * {@code 4.X.X})
 * @param categories names of the reply-code categories, by second digit
 * @param subjects the subjects of enhanced codes, by key ({@code X.1})
 * @param replyCodes the reply codes' texts, by code
 * @param details the enhanced details' texts, by key ({@code X.1.1})
 * @param notes the hand-written notes of the pairs people confuse
 */
record Texts(String language, Map<String, ClassText> classes, Map<Integer, CategoryText> categories,
		Map<String, SubjectText> subjects, Map<String, CodeText> replyCodes, Map<String, DetailText> details,
		Map<Pair, String> notes) {

	/**
	 * A class.
	 *
	 * @param name e.g. Transient Negative Completion
	 * @param description what the class means
	 * @param retryAdvice the class's general retry rule (failure classes only)
	 */
	record ClassText(String name, String description, String retryAdvice) {
	}

	/**
	 * A reply-code category.
	 *
	 * @param name e.g. Mail system
	 * @param description what replies of the category are about
	 */
	record CategoryText(String name, String description) {
	}

	/**
	 * A subject of enhanced codes; its texts also explain a detail the registry lacks.
	 *
	 * @param name e.g. Addressing Status
	 * @param description what the subject covers
	 * @param whenYouSeeIt generic situations
	 * @param howToFix generic advice
	 */
	record SubjectText(String name, String description, String whenYouSeeIt, String howToFix) {
	}

	/**
	 * A reply code.
	 *
	 * @param title short name
	 * @param description what it means
	 * @param whenYouSeeIt when it appears
	 * @param howToFix what to do
	 * @param retryAdvice failures only: whether and how to retry
	 */
	record CodeText(String title, String description, String whenYouSeeIt, String howToFix, String retryAdvice) {
	}

	/**
	 * An enhanced detail, with what it means in each class.
	 *
	 * @param title the registry's sample text, in this language
	 * @param description what it means in the failure classes (4 and 5)
	 * @param whenYouSeeIt when its failure forms appear
	 * @param howToFix what to do on a failure
	 * @param byClass what the 2, 4 and 5 forms mean: the description of the success form,
	 * and the retry advice of failures
	 * @param successWhenYouSeeIt when the success form appears (null without one)
	 * @param successHowToFix what to do on the success form (null without one)
	 */
	record DetailText(String title, String description, String whenYouSeeIt, String howToFix,
			Map<Integer, String> byClass, String successWhenYouSeeIt, String successHowToFix) {
	}

}
