package org.smtpcodes.bounces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.smtpcodes.codes.CodeSummary;
import org.smtpcodes.explain.Decision;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.explain.Facts;
import org.smtpcodes.system.MissingParameter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads bounce messages: finds the format a message is in, reads what it says of each
 * recipient, and has the explain engine decide, from all of it, the reason, the bounce
 * and the retry of each. A few messages are read at once
 * (smtp-codes.bounces.concurrency); each costs at most the text it keeps, never its size.
 */
@Component
public class Bounces {

	private final Formats formats;

	private final Explainer explainer;

	private final BouncesProperties properties;

	private final MessageSource messages;

	private static final int SHARES = 16;

	private final Semaphore readers;

	@Autowired
	public Bounces(Explainer explainer, BouncesProperties properties, MessageSource messages) {
		this(new Formats(), explainer, properties, messages);
	}

	Bounces(Formats formats, Explainer explainer, BouncesProperties properties, MessageSource messages) {
		this.formats = formats;
		this.explainer = explainer;
		this.properties = properties;
		this.messages = messages;
		this.readers = new Semaphore(properties.concurrency() * SHARES, true);
	}

	/**
	 * Reads one message.
	 * @param in the message as sent
	 * @param language one of the catalogue's languages
	 * @return its report
	 * @throws IOException when the stream fails
	 * @throws NotABounce when the message reports no delivery
	 */
	BounceReport readMessage(InputStream in, String language) throws IOException {
		return readMessage(in, -1, language);
	}

	/**
	 * Reads one message of a known size.
	 * @param in the message as sent
	 * @param size its size in bytes, or -1 when it is not known
	 * @param language one of the catalogue's languages
	 * @return its report
	 * @throws IOException when the stream fails
	 * @throws NotABounce when the message reports no delivery
	 */
	public BounceReport readMessage(InputStream in, long size, String language) throws IOException {
		int shares = acquire(size);
		try {
			Mailbox mailbox = new Mailbox(in);
			InputStream message = mailbox.next();
			if (message == null) {
				throw new NotABounce();
			}
			BounceReport report = report(MessageReader.read(message), language);
			// anything after the message (a second one sent by mistake) is read past, as
			// the body must be
			while (mailbox.next() != null) {
				// counted nowhere: a message/rfc822 body is one message
			}
			return report;
		}
		finally {
			this.readers.release(shares);
		}
	}

	/**
	 * Reads the message of a form: the file of its {@code file} field when one was
	 * chosen, or else the text of its {@code message} field.
	 * @param message the text, or null
	 * @param file the file, or null
	 * @param language one of the catalogue's languages
	 * @return its report
	 * @throws IOException when the upload cannot be read
	 * @throws MissingParameter when the form has neither
	 * @throws NotABounce when the message reports no delivery
	 */
	public BounceReport readForm(String message, MultipartFile file, String language) throws IOException {
		if (file != null && !file.isEmpty()) {
			try (InputStream in = file.getInputStream()) {
				return readMessage(in, file.getSize(), language);
			}
		}
		if (message == null || message.isEmpty()) {
			throw new MissingParameter("message");
		}
		byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
		return readMessage(new ByteArrayInputStream(bytes), bytes.length, language);
	}

	/**
	 * Reads a mailbox of messages (mbox).
	 * @param in the mailbox as sent
	 * @param language one of the catalogue's languages
	 * @return a report per message, up to the limit
	 * @throws IOException when the stream fails
	 */
	MailboxReport readMailbox(InputStream in, String language) throws IOException {
		return readMailbox(in, -1, language);
	}

	/**
	 * Reads a mailbox of messages (mbox) of a known size.
	 * @param in the mailbox as sent
	 * @param size its size in bytes, or -1 when it is not known
	 * @param language one of the catalogue's languages
	 * @return a report per message, up to the limit
	 * @throws IOException when the stream fails
	 */
	MailboxReport readMailbox(InputStream in, long size, String language) throws IOException {
		int shares = acquire(size);
		try {
			Mailbox mailbox = new Mailbox(in);
			List<MailboxReport.Entry> entries = new ArrayList<>();
			int messages = 0;
			int bounces = 0;
			int recipients = 0;
			for (InputStream message = mailbox.next(); message != null; message = mailbox.next()) {
				messages++;
				if (messages > this.properties.maxMessages()) {
					continue;
				}
				BounceMessage read = MessageReader.read(message);
				try {
					BounceReport report = report(read, language);
					entries.add(new MailboxReport.Entry(messages, report, null));
					bounces++;
					recipients += report.recipients().size();
				}
				catch (NotABounce ex) {
					entries.add(new MailboxReport.Entry(messages, null,
							finding(new BounceMessage.Problem("not-a-bounce", List.of(read.subject())), language)));
				}
			}
			List<String> findings = new ArrayList<>();
			if (messages > this.properties.maxMessages()) {
				findings.add(finding(new BounceMessage.Problem("too-many-messages",
						List.of(messages, this.properties.maxMessages())), language));
			}
			return new MailboxReport(messages, bounces, recipients, entries, findings);
		}
		finally {
			this.readers.release(shares);
		}
	}

	// A reader keeps at most MessageReader.MAX_TEXT of a message's text, and a message
	// cannot keep more text than its size: the readers' budget (concurrency readers of
	// the largest messages) is counted in shares of 1/SHARES of that, and a message takes
	// the shares its size can fill, at least one. Small messages, the common case, are
	// read many at once; large ones, or of a size not known (chunked, gzip), wait for a
	// whole reader's shares.
	private int acquire(long size) {
		int shares = (size < 0) ? SHARES : (int) Math.min(SHARES, 1 + size / (MessageReader.MAX_TEXT / SHARES));
		long wait = this.properties.queueTimeout().toMillis();
		try {
			if (!this.readers.tryAcquire(shares, wait, TimeUnit.MILLISECONDS)) {
				throw new ReadersBusy(Math.max(1, this.properties.queueTimeout().toSeconds()));
			}
			return shares;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReadersBusy(1);
		}
	}

	/**
	 * The report of a message.
	 * @param message the message as read
	 * @param language one of the catalogue's languages
	 * @return the report
	 * @throws NotABounce when no format finds a delivery in it
	 */
	BounceReport report(BounceMessage message, String language) {
		Format.Reading reading = this.formats.read(message);
		if (reading == null || reading.deliveries().isEmpty()) {
			throw new NotABounce();
		}
		List<BounceReport.Recipient> recipients = new ArrayList<>();
		for (Delivery delivery : reading.deliveries()) {
			recipients.add(recipient(delivery, language));
		}
		return new BounceReport(reading.format(), reading.reportingMta(), original(message), recipients,
				message.problems().stream().map((problem) -> finding(problem, language)).toList());
	}

	private String finding(BounceMessage.Problem problem, String language) {
		return this.messages.getMessage("bounces.finding." + problem.code(), problem.arguments().toArray(),
				java.util.Locale.forLanguageTag(language));
	}

	private BounceReport.Recipient recipient(Delivery delivery, String language) {
		Facts facts = new Facts(delivery.diagnostic(), delivery.status(), delivery.replyCode(), delivery.command(),
				delivery.action(), delivery.diagnosticType(), delivery.remoteMta(), delivery.reason(),
				delivery.recipient(), true);
		Decision decision = this.explainer.decide(facts, language);
		return new BounceReport.Recipient(delivery.recipient(), delivery.originalRecipient(), delivery.action(),
				decision.status(), decision.replyCode(), delivery.diagnostic(), decision.command(),
				delivery.remoteMta(), delivery.lastAttempt(), delivery.feedbackType(), decision.reason(),
				decision.bounce(), decision.retry(), decision.action(), decision.provider(), codes(decision),
				decision.findings());
	}

	private static List<BounceReport.CodeLink> codes(Decision decision) {
		List<BounceReport.CodeLink> links = new ArrayList<>();
		CodeSummary reply = decision.replySummary();
		CodeSummary enhanced = decision.enhancedSummary();
		String compare = (reply != null && enhanced != null) ? "/compare?a=" + reply.code() + "&b=" + enhanced.code()
				: null;
		if (reply != null) {
			links.add(new BounceReport.CodeLink(reply.code(), reply.title(), reply.href(), compare));
		}
		if (enhanced != null) {
			links.add(new BounceReport.CodeLink(enhanced.code(), enhanced.title(), enhanced.href(), compare));
		}
		return links;
	}

	private static BounceReport.Original original(BounceMessage message) {
		BounceMessage.Headers headers = message.original();
		List<String> to = new ArrayList<>();
		for (String value : headers.all("to")) {
			to.addAll(Addresses.all(value, 100));
		}
		String from = headers.first("from");
		BounceReport.Original original = new BounceReport.Original(headers.first("message-id"),
				(from != null) ? Addresses.bare(from) : null, to, headers.first("subject"), headers.first("date"),
				headers.first("list-id"));
		return original.isEmpty() ? null : original;
	}

}
