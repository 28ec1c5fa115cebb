package org.smtpcodes.compare;

import java.util.concurrent.ConcurrentHashMap;

import org.smtpcodes.system.JsonAnswer;

import org.springframework.stereotype.Component;

/**
 * The comparisons already serialized, by the codes as the client wrote them and the language. A
 * comparison depends only on the catalogue, which does not change while the service runs, so an answer
 * stays right; the number kept is bounded, so that no client can fill the memory with pairs.
 */
@Component
class ComparisonAnswers {

	/** How many serialized comparisons are kept at most (a few MiB). */
	static final int MAX = 2048;

	private final ConcurrentHashMap<String, JsonAnswer> answers = new ConcurrentHashMap<>();

	JsonAnswer find(String a, String b, String language) {
		return this.answers.get(key(a, b, language));
	}

	void keep(String a, String b, String language, JsonAnswer answer) {
		if (this.answers.size() < MAX) {
			this.answers.putIfAbsent(key(a, b, language), answer);
		}
	}

	private static String key(String a, String b, String language) {
		return language + '\u0000' + a + '\u0000' + b;
	}

}
