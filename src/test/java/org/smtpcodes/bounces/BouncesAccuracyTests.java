package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.smtpcodes.codes.TestCatalogue;
import org.smtpcodes.explain.TestExplainer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the bounce reader agrees with Sisimai on the developers' half of Sisimai's
 * sample bounces (src/test/resources/bounces/, expected.tsv): a measurement, not a timed
 * test. It prints the figures and every disagreement ({@code -Dbounces.misses=true}); the
 * assertions are floors just under the figures measured when the reader was last changed,
 * so that a change that makes it worse fails. The targets, on the held-back half:
 * recipients found as Sisimai finds them on 98% of messages, the reason of 95% of
 * recipients, hard or soft of 98%, status and reply code of 98% of those where the
 * message carries one.
 */
class BouncesAccuracyTests {

	private final Bounces bounces = new Bounces(TestExplainer.explainer(),
			new BouncesProperties(DataSize.ofMegabytes(10), 1000, 1, Duration.ofSeconds(1)), TestCatalogue.messages());

	@Test
	void agreesWithSisimaiOnItsSampleBounces() {
		Map<String, List<Map<String, String>>> expected = expected();
		// -Dbounces.only=lhost-exim,lhost-postfix measures the files whose names start so
		// (and skips the floors)
		List<String> only = List.of(System.getProperty("bounces.only", "").split(","))
			.stream()
			.filter((prefix) -> !prefix.isBlank())
			.toList();
		Tally tally = new Tally();
		for (Map.Entry<String, List<Map<String, String>>> message : expected.entrySet()) {
			if (only.isEmpty() || only.stream().anyMatch(message.getKey()::startsWith)) {
				tally.message(message.getKey(), message.getValue(), read(message.getKey()));
			}
		}
		tally.print();
		if (!only.isEmpty()) {
			return;
		}
		assertThat(tally.share(tally.countsAgreeing, tally.messages)).as("messages whose recipients are counted alike")
			.isGreaterThanOrEqualTo(FLOOR_COUNT);
		assertThat(tally.share(tally.reasons, tally.recipients)).as("reason").isGreaterThanOrEqualTo(FLOOR_REASON);
		assertThat(tally.share(tally.hardSoft, tally.recipients)).as("hard/soft")
			.isGreaterThanOrEqualTo(FLOOR_HARD_SOFT);
		assertThat(tally.share(tally.statuses, tally.withStatus)).as("status").isGreaterThanOrEqualTo(FLOOR_STATUS);
		assertThat(tally.share(tally.replyCodes, tally.withReplyCode)).as("reply code")
			.isGreaterThanOrEqualTo(FLOOR_REPLY_CODE);
	}

	private static final double FLOOR_COUNT = 0.985;

	private static final double FLOOR_REASON = 0.945;

	private static final double FLOOR_HARD_SOFT = 0.975;

	private static final double FLOOR_STATUS = 0.98;

	private static final double FLOOR_REPLY_CODE = 0.98;

	// a sample file as Sisimai reads it: a mailbox of one message or more, their
	// recipients one after the other
	private BounceReport read(String file) {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			MailboxReport mailbox = this.bounces.readMailbox(in, "en");
			List<BounceReport.Recipient> recipients = new ArrayList<>();
			String format = null;
			for (MailboxReport.Entry entry : mailbox.reports()) {
				if (entry.report() != null) {
					recipients.addAll(entry.report().recipients());
					format = (format != null) ? format : entry.report().format();
				}
			}
			return (format != null) ? new BounceReport(format, null, null, recipients, List.of()) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// the rows of expected.tsv, by file, in Sisimai's order of recipients
	static Map<String, List<Map<String, String>>> expected() {
		Map<String, List<Map<String, String>>> byFile = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource("bounces/expected.tsv").getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			String[] names = lines[0].split("\t", -1);
			for (int i = 1; i < lines.length; i++) {
				if (lines[i].isBlank()) {
					continue;
				}
				String[] values = lines[i].split("\t", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int j = 0; j < names.length; j++) {
					row.put(names[j], (j < values.length) ? values[j] : "");
				}
				byFile.computeIfAbsent(row.get("file"), (file) -> new ArrayList<>()).add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return byFile;
	}

	/** The counts of agreement, and the disagreements. */
	private static final class Tally {

		int messages;

		int countsAgreeing;

		int recipients;

		int reasons;

		int hardSoft;

		int withStatus;

		int statuses;

		int withReplyCode;

		int replyCodes;

		final Map<String, Integer> confusions = new TreeMap<>();

		final List<String> misses = new ArrayList<>();

		void message(String file, List<Map<String, String>> rows, BounceReport report) {
			this.messages++;
			List<BounceReport.Recipient> found = (report != null) ? report.recipients() : List.of();
			if (found.size() == rows.size()) {
				this.countsAgreeing++;
			}
			else {
				this.misses.add(file + ": " + found.size() + " recipients, Sisimai " + rows.size()
						+ ((report != null) ? " (" + report.format() + ")" : " (not read)"));
			}
			for (int i = 0; i < rows.size(); i++) {
				Map<String, String> row = rows.get(i);
				BounceReport.Recipient recipient = (i < found.size()) ? found.get(i) : null;
				this.recipients++;
				String reason = (recipient != null) ? recipient.reason() : "-";
				if (reason.equals(row.get("reason"))) {
					this.reasons++;
				}
				else {
					this.confusions.merge(row.get("reason") + " -> " + reason, 1, Integer::sum);
					this.misses.add(file + " #" + (i + 1) + ": reason " + row.get("reason") + " -> " + reason
							+ ((recipient != null) ? " | " + recipient.status() + " " + recipient.command() + " | "
									+ recipient.diagnostic() : ""));
				}
				boolean hard = recipient != null && "hard".equals(recipient.bounce());
				if (hard == row.get("hardbounce").equals("1")) {
					this.hardSoft++;
				}
				if (row.get("status_kind").equals("standard") && !row.get("status").isEmpty()) {
					this.withStatus++;
					String status = (recipient != null) ? recipient.status() : null;
					if (row.get("status").equals(status)) {
						this.statuses++;
					}
					else {
						this.misses.add(file + " #" + (i + 1) + ": status " + row.get("status") + " -> " + status);
					}
				}
				if (!row.get("reply_code").isEmpty()) {
					this.withReplyCode++;
					String replyCode = (recipient != null) ? recipient.replyCode() : null;
					if (row.get("reply_code").equals(replyCode)) {
						this.replyCodes++;
					}
					else {
						this.misses
							.add(file + " #" + (i + 1) + ": reply code " + row.get("reply_code") + " -> " + replyCode);
					}
				}
			}
		}

		double share(int part, int whole) {
			return (whole == 0) ? 1.0 : (double) part / whole;
		}

		void print() {
			System.out.printf(
					"bounces: %d messages, recipients counted alike %.1f%% (%d); %d recipients: reason %.1f%% (%d), "
							+ "hard/soft %.1f%% (%d); status %.1f%% of %d; reply code %.1f%% of %d%n",
					this.messages, 100 * share(this.countsAgreeing, this.messages), this.countsAgreeing,
					this.recipients, 100 * share(this.reasons, this.recipients), this.reasons,
					100 * share(this.hardSoft, this.recipients), this.hardSoft,
					100 * share(this.statuses, this.withStatus), this.withStatus,
					100 * share(this.replyCodes, this.withReplyCode), this.withReplyCode);
			this.confusions.forEach((confusion, count) -> System.out.println("  " + count + "  " + confusion));
			if (Boolean.getBoolean("bounces.misses")) {
				this.misses.forEach((miss) -> System.out.println("  MISS " + miss));
			}
		}

	}

}
