package org.smtpcodes.maillog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;

/**
 * The answer key of the recorded logs ({@code logs/expected.tsv}, see
 * {@code logs/HOW.md}): one row per delivery attempt, sorted by file and line;
 * tab-separated, a header line, no quoting, an empty field for a value the log does not
 * give.
 */
final class AnswerKey {

	private AnswerKey() {
	}

	/** The rows of one log file, in the order of its lines. */
	static List<Row> rows(String file) {
		return all().stream().filter((row) -> row.file().equals(file)).toList();
	}

	static List<Row> all() {
		String text;
		try {
			text = new ClassPathResource("logs/expected.tsv").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> lines = text.lines().toList();
		if (!lines.get(0)
			.equals("file\tline\tqueue_id\tsender\trecipient\toutcome\treply_code\tenhanced_code\treply\tbasis")) {
			throw new IllegalStateException("The answer key's columns changed: " + lines.get(0));
		}
		List<Row> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t", -1);
			rows.add(new Row(fields[0], Long.parseLong(fields[1]), fields[2], fields[3], fields[4], fields[5],
					fields[6], fields[7], fields[8]));
		}
		return rows;
	}

	/**
	 * One delivery attempt as the key has it.
	 *
	 * @param file the log
	 * @param line the status line's number
	 * @param queueId the message's id
	 * @param sender the sender, empty for bounces and delay notices
	 * @param recipient the recipient
	 * @param outcome delivered, deferred, bounced or expired
	 * @param replyCode the remote reply's code, or empty
	 * @param enhancedCode the remote reply's enhanced code, or empty
	 * @param reply the remote reply as the log shows it, or empty
	 */
	record Row(String file, long line, String queueId, String sender, String recipient, String outcome,
			String replyCode, String enhancedCode, String reply) {

		/** The sender's domain as answers group it: {@code <>} for the null sender. */
		String senderDomain() {
			return this.sender.isEmpty() ? "<>"
					: this.sender.substring(this.sender.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		}

		/** The local part of the recipient. */
		String recipientLocalPart() {
			return this.recipient.substring(0, this.recipient.lastIndexOf('@'));
		}

	}

}
