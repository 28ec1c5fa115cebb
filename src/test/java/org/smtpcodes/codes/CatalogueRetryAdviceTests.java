package org.smtpcodes.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every retry advice agrees with its code's class and with its own page: a permanent
 * failure (5xx, 5.Y.Z) is never to be retried on the normal schedule, a temporary failure
 * (4xx, 4.Y.Z) is never said to need nothing, and an advice never calls a message "still"
 * within a time limit that its own description says has passed.
 */
class CatalogueRetryAdviceTests {

	/** Advice that sends a message again unchanged on the queue's own schedule. */
	static final Pattern RETRY_AS_USUAL = Pattern.compile("(?i)(retr(y|ies) (later |again )?(on|with) (the|its) normal"
			+ "|normal retry schedule|retry schedule applies|normal queue backoff|keep (the message |it )?queued and"
			+ " (retry|send it again))" + "|通常の(スケジュール|再試行|間隔)で再試行|通常の再試行スケジュール|再試行のスケジュールに従");

	/** Advice that says no action is needed. */
	static final Pattern NOTHING_NEEDED = Pattern
		.compile("(?i)(nothing (is|needs to be) (needed|done)|no action is needed|必要な対応はありません|対処は不要)");

	/** A description that says the time limit has passed. */
	static final Pattern EXPIRED = Pattern.compile("(?i)(too old|expired|古すぎる|期限切れ)");

	/** Advice that says the time limit has not passed yet. */
	static final Pattern NOT_YET_EXPIRED = Pattern
		.compile("(?i)(close to its time limit|before (its|the) time limit|still within|制限時間が迫って|期限が近)");

	private final Catalogue catalogue = TestCatalogue.load();

	@Test
	void everyRetryAdviceAgreesWithItsClassAndPage() {
		List<String> found = new ArrayList<>();
		for (String language : this.catalogue.languages()) {
			for (CodeDocument document : this.catalogue.documents(language).values()) {
				if (document.retry() == null) {
					continue;
				}
				String advice = document.retry().advice();
				String where = language + " " + document.code() + ": ";
				char classDigit = document.code().charAt(0);
				if (classDigit == '5' && RETRY_AS_USUAL.matcher(advice).find()) {
					found.add(where + "a permanent failure retried on the normal schedule: " + advice);
				}
				if (classDigit == '4' && NOTHING_NEEDED.matcher(advice).find()) {
					found.add(where + "a temporary failure said to need nothing: " + advice);
				}
				if (EXPIRED.matcher(document.description()).find() && NOT_YET_EXPIRED.matcher(advice).find()) {
					found.add(where + "the description says the time limit passed, the advice that it has not: "
							+ advice);
				}
			}
		}
		assertThat(found).as("retry advice against its class or its page").isEmpty();
	}

	@Test
	void thePatternsFindWhatTheyAreFor() {
		assertThat(RETRY_AS_USUAL.matcher("Retry on the normal schedule.").find()).isTrue();
		assertThat(RETRY_AS_USUAL.matcher("Do not repeat the same transaction automatically.").find()).isFalse();
		assertThat(NOTHING_NEEDED.matcher("Nothing is needed beyond fixing the cause of the delay.").find()).isTrue();
		assertThat(NOT_YET_EXPIRED.matcher("The message is still queued and close to its time limit.").find()).isTrue();
	}

}
