package org.smtpcodes.compare;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.smtpcodes.codes.CodeId;
import org.smtpcodes.system.Answer;
import org.smtpcodes.system.Answers;

import org.springframework.stereotype.Component;

/**
 * Comparisons serialized once: a comparison depends only on the catalogue, which does not
 * change while the service runs, so an answer stays right. They are kept by the codes as
 * the catalogue writes them (so {@code " 451"} and {@code "451"} are one answer) and the
 * language; the least used are dropped past {@value #MAX}, so that no client can fill the
 * memory with pairs.
 */
@Component
class ComparisonAnswers {

	/** How many serialized comparisons are kept at most (a few MiB). */
	static final int MAX = 2048;

	private final Comparisons comparisons;

	private final Answers answers;

	private final Cache<Key, Answer> serialized = Caffeine.newBuilder().maximumSize(MAX).build();

	ComparisonAnswers(Comparisons comparisons, Answers answers) {
		this.comparisons = comparisons;
		this.answers = answers;
	}

	/**
	 * The comparison of two codes, serialized.
	 * @param a a code as the client wrote it
	 * @param b another
	 * @param language the answer's language
	 * @return the serialized comparison
	 * @see Comparisons#compare(String, String, String)
	 */
	Answer answer(String a, String b, String language) {
		Key key = new Key(Comparisons.parse(a, "a"), Comparisons.parse(b, "b"), language);
		return this.serialized.get(key,
				(k) -> this.answers.keep(this.comparisons.compare(k.a().value(), k.b().value(), k.language())));
	}

	private record Key(CodeId a, CodeId b, String language) {
	}

}
