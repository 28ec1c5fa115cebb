package org.smtpcodes.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often /explain agrees with Sisimai on real bounce diagnostics: a measurement over
 * the labelled corpora (src/test/resources/corpora/), not a timed test. The figures are
 * printed; the assertions are floors just under the figures measured when the rules were
 * last tuned, so that a change of the rules that makes them worse fails. The project's
 * targets are 90% (reason) and 97% (hard/soft) on sisimai-dev.tsv: they are not reached.
 * 27 of its rows are texts saying the user is unknown that Sisimai labels filtered,
 * suspend or mailboxfull from outside the diagnostic text (the SMTP command after which
 * the server refused, the other fields of the bounce): the same "550 5.2.1 ... User
 * Unknown" is labelled userunknown, filtered and suspend in different rows, so text alone
 * cannot agree with all of them.
 */
class ExplainAccuracyTests {

	private final Explainer explainer = TestExplainer.explainer();

	@Test
	void agreesWithSisimaiOnRealDiagnostics() {
		List<Map<String, String>> rows = Corpus.read("corpora/sisimai-dev.tsv");
		int reasons = 0;
		int hardSoft = 0;
		List<String> misses = new ArrayList<>();
		Map<String, Integer> confusions = new TreeMap<>();
		for (Map<String, String> row : rows) {
			Answer answer = answer(row.get("diagnostic"));
			boolean hard = answer.hard();
			boolean expectedHard = row.get("hardbounce").equals("1");
			if (answer.reason().equals(row.get("reason"))) {
				reasons++;
			}
			else {
				confusions.merge(row.get("reason") + " -> " + answer.reason(), 1, Integer::sum);
				misses.add(row.get("reason") + " -> " + answer.reason() + " | " + row.get("diagnostic"));
			}
			if (hard == expectedHard) {
				hardSoft++;
			}
		}
		double reasonAgreement = (double) reasons / rows.size();
		double hardSoftAgreement = (double) hardSoft / rows.size();
		System.out.printf("explain accuracy over %d diagnostics: reason %.1f%% (%d), hard/soft %.1f%% (%d)%n",
				rows.size(), 100 * reasonAgreement, reasons, 100 * hardSoftAgreement, hardSoft);
		confusions.forEach((confusion, count) -> System.out.println("  " + count + "  " + confusion));
		if (Boolean.getBoolean("explain.misses")) {
			misses.forEach((miss) -> System.out.println("  MISS " + miss));
		}
		assertThat(reasonAgreement).as("reason agreement (floor; target 0.90)").isGreaterThanOrEqualTo(0.85);
		assertThat(hardSoftAgreement).as("hard/soft agreement (floor; target 0.97)").isGreaterThanOrEqualTo(0.89);
	}

	@Test
	void agreesWithSisimaiOnProviderReplies() {
		List<Map<String, String>> rows = Corpus.read("corpora/sisimai-provider-replies.tsv");
		int reasons = 0;
		int hardSoft = 0;
		int providers = 0;
		for (Map<String, String> row : rows) {
			Answer answer = answer(row.get("diagnostic"));
			reasons += answer.reason().equals(row.get("reason")) ? 1 : 0;
			// the provider named from the reply's words alone: no host, no recipient
			String provider = PROVIDERS
				.get(row.get("source_file").substring(row.get("source_file").lastIndexOf('/') + 1));
			boolean named = provider.equals(answer.provider());
			providers += named ? 1 : 0;
			if (Boolean.getBoolean("explain.misses") && !named) {
				System.out.println("  MISS provider " + provider + " | " + row.get("diagnostic"));
			}
			if (Boolean.getBoolean("explain.misses") && !answer.reason().equals(row.get("reason"))) {
				System.out
					.println("  MISS " + row.get("reason") + " -> " + answer.reason() + " | " + row.get("diagnostic"));
			}
			hardSoft += (answer.hard() == row.get("hardbounce").equals("1")) ? 1 : 0;
		}
		double reasonAgreement = (double) reasons / rows.size();
		double hardSoftAgreement = (double) hardSoft / rows.size();
		double providerAgreement = (double) providers / rows.size();
		System.out.printf(
				"explain accuracy over %d provider replies: reason %.1f%% (%d), hard/soft %.1f%% (%d), "
						+ "provider named from the words alone %.1f%% (%d)%n",
				rows.size(), 100 * reasonAgreement, reasons, 100 * hardSoftAgreement, hardSoft, 100 * providerAgreement,
				providers);
		assertThat(reasonAgreement).as("reason agreement (floor)").isGreaterThanOrEqualTo(FLOOR_PROVIDER_REASON);
		assertThat(hardSoftAgreement).as("hard/soft agreement (floor)").isGreaterThanOrEqualTo(FLOOR_PROVIDER_HARD);
		assertThat(providerAgreement).as("provider named (floor; target 0.80)")
			.isGreaterThanOrEqualTo(FLOOR_PROVIDER_NAMED);
	}

	// What a client learns from the answer. A text with nothing to explain is answered
	// with a no-reply problem: no reason (counted as Sisimai's "undefined") and no hard
	// bounce.
	private Answer answer(String diagnostic) {
		try {
			Explanation explanation = this.explainer.explain(diagnostic, "en");
			return new Answer(explanation.reason(), explanation.bounce().equals(Explanation.HARD),
					(explanation.provider() != null) ? explanation.provider().name() : null);
		}
		catch (NoReply ex) {
			return new Answer("undefined", false, null);
		}
	}

	private record Answer(String reason, boolean hard, String provider) {
	}

	// Sisimai's module for the provider whose replies a row holds, and the provider's
	// name here
	private static final Map<String, String> PROVIDERS = Map.of("for-apple.go", "Apple iCloud Mail", "for-franceptt.go",
			"Orange (France)", "for-godaddy.go", "GoDaddy", "for-google.go", "Gmail (Google)", "for-microsoft.go",
			"Microsoft (Outlook.com, Microsoft 365)", "for-yahooinc.go", "Yahoo Mail");

	private static final double FLOOR_PROVIDER_REASON = 0.98;

	private static final double FLOOR_PROVIDER_HARD = 0.99;

	private static final double FLOOR_PROVIDER_NAMED = 0.84;

}
