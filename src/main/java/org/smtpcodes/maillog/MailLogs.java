package org.smtpcodes.maillog;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.smtpcodes.explain.Decision;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.explain.Explanation;
import org.smtpcodes.system.ContentTooLarge;
import org.smtpcodes.system.InvalidParameter;
import org.smtpcodes.system.MissingParameter;
import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.Problems;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads mail server logs: each line once, as it comes, never the whole log in memory.
 * Finds each line's format, the delivery attempts it reports, has the explain engine
 * decide each failure, and counts and groups them; or writes each attempt as it is read.
 * A few logs are read at once (smtp-codes.mail-log.concurrency).
 */
@Component
public class MailLogs {

	/** The path logs are sent to. */
	public static final String PATH = "/mail-log";

	// a body of this many bytes of which no line was read and some held NUL bytes is a
	// binary file: it is refused before the rest of it is read
	private static final int BINARY_PROBE = 64 * 1024;

	private final Explainer explainer;

	private final MailLogProperties properties;

	private final JsonMapper json;

	private final Semaphore readers;

	private final Problems problems;

	MailLogs(Explainer explainer, MailLogProperties properties, JsonMapper json, Problems problems) {
		this.explainer = explainer;
		this.problems = problems;
		this.properties = properties;
		this.json = json;
		this.readers = new Semaphore(properties.concurrency(), true);
	}

	/**
	 * Reads the log of a form: the file of its {@code file} field when one was chosen, or
	 * else the text of its {@code log} field.
	 * @param log the text, or null
	 * @param file the file, or null
	 * @param options what the answer shows
	 * @param language one of the catalogue's languages
	 * @return the counts and the largest groups
	 * @throws IOException when the upload cannot be read
	 * @throws MissingParameter when the form has neither
	 */
	public MailLogReport readForm(String log, MultipartFile file, Options options, String language) throws IOException {
		if (file != null && !file.isEmpty()) {
			try (InputStream in = file.getInputStream()) {
				return summarise(in, options, language);
			}
		}
		if (log == null || log.isEmpty()) {
			throw new MissingParameter("log");
		}
		return summarise(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), options, language);
	}

	/**
	 * Whether a text, or the start of a file, is a mail server's log rather than a reply
	 * or a message: one of its first lines is a line of a mail server the service reads,
	 * or it is gzip-compressed.
	 * @param start the text, or the first kilobytes of a file
	 */
	public static boolean isLog(byte[] start) {
		if (start.length >= 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b) {
			return true;
		}
		String text = new String(start, StandardCharsets.UTF_8);
		List<ServerLog> servers = servers(1);
		int read = 0;
		for (String line : (Iterable<String>) text.lines()::iterator) {
			if (line.isBlank()) {
				continue;
			}
			String program = LogLine.of(1, line).program();
			if (program != null && servers.stream().anyMatch((server) -> server.writes(program))) {
				return true;
			}
			if (++read == 5) {
				break;
			}
		}
		return false;
	}

	/** The settings the logs are read with. */
	MailLogProperties properties() {
		return this.properties;
	}

	/**
	 * Reads a log and answers what happened to the mail.
	 * @param body the log
	 * @param options what the answer shows
	 * @param language one of the catalogue's languages
	 * @return the counts and the largest groups
	 * @throws IOException when the stream fails
	 */
	public MailLogReport summarise(InputStream body, Options options, String language) throws IOException {
		acquire();
		try {
			Reading reading = new Reading(body, language);
			reading.read((attempt, verdict) -> {
			});
			reading.check(false);
			Verdicts verdicts = reading.verdicts;
			return reading.tally.report(reading.lines.number(), reading.unknown, reading.lines.cut(),
					reading.forgotten(), options.groups(), (attempt) -> example(attempt, verdicts, options),
					(reason) -> this.explainer.describe(reason, language));
		}
		finally {
			this.readers.release();
		}
	}

	/**
	 * Reads a log and writes each delivery attempt as a line of JSON as soon as it is
	 * read.
	 * @param body the log
	 * @param options what the answer shows
	 * @param locale the answer's language
	 * @param out where to write, opened when the first attempt is read
	 * @throws IOException when a stream fails
	 */
	void stream(InputStream body, Options options, Locale locale, Opener out) throws IOException {
		acquire();
		SequenceWriter[] lines = new SequenceWriter[1];
		try {
			Reading reading = new Reading(body, locale.getLanguage());
			reading.read((attempt, verdict) -> {
				if (lines[0] == null) {
					lines[0] = open(out);
				}
				lines[0].write(line(attempt, verdict, options));
			});
			reading.check(lines[0] != null);
			if (lines[0] == null) {
				lines[0] = open(out);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (JacksonIOException ex) {
			// the client went away while its answer was written
			throw ex.getCause();
		}
		catch (ProblemException ex) {
			if (lines[0] == null) {
				throw ex;
			}
			// the answer has begun, so its status is said: the problem ends it as its
			// last line, and no more is read
			lines[0].write(Map.of("problem", this.problems.of(ex, locale)));
		}
		finally {
			this.readers.release();
			if (lines[0] != null) {
				lines[0].close();
			}
		}
	}

	// one JSON value a line, written into the answer's buffer: flushed when it is full
	// and at the end, not after every line
	private SequenceWriter open(Opener out) {
		try {
			return this.json.writer()
				.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
				.withRootValueSeparator("\n")
				.writeValues(new FilterOutputStream(out.open()) {

					private boolean written;

					// the writer closes its target at the end: the answer's stream is the
					// container's to close. The writer puts the line end between values;
					// the last line ends too
					@Override
					public void close() throws IOException {
						if (this.written) {
							this.out.write('\n');
						}
						flush();
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						this.written |= length > 0;
						this.out.write(bytes, offset, length);
					}

				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens the answer's body once there is something to write. */
	@FunctionalInterface
	interface Opener {

		OutputStream open() throws IOException;

	}

	private AttemptLine line(Attempt attempt, Verdicts.Verdict verdict, Options options) {
		Decision decision = verdict.decision();
		LogLine line = attempt.line();
		String sender = (attempt.sender() != null && attempt.sender().isEmpty()) ? "<>" : attempt.sender();
		return new AttemptLine(line.number(), line.time(), line.host(), attempt.format(), attempt.queueId(),
				options.mask(sender), options.mask(attempt.recipient()), attempt.outcome(), attempt.remoteHost(),
				attempt.dsn(), attempt.replyCode(), attempt.enhancedCode(), options.mask(attempt.reply()),
				options.mask(attempt.diagnostic()), attempt.command(),
				(attempt.cause() != null) ? attempt.cause().line().number() : null, verdict.reason(),
				(decision != null) ? decision.bounce() : Explanation.NONE, (decision != null) ? decision.retry() : null,
				verdict.provider());
	}

	private MailLogReport.Example example(Attempt attempt, Verdicts verdicts, Options options) {
		Decision decision = verdicts.decide(attempt);
		String said = options.mask(attempt.said());
		String explain = (attempt.reply() != null)
				? "/explain?reply=" + URLEncoder.encode(said, StandardCharsets.UTF_8).replace("+", "%20") : null;
		return new MailLogReport.Example(attempt.line().number(), options.mask(attempt.line().text()),
				options.mask(attempt.recipient()), said, decision.replySummary(), decision.enhancedSummary(),
				decision.reason(), decision.bounce(), decision.retry(), decision.action(), decision.provider(),
				explain);
	}

	private void acquire() {
		Duration wait = this.properties.queueTimeout();
		try {
			if (!this.readers.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new LogReadersBusy(Math.max(1, wait.toSeconds()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LogReadersBusy(1);
		}
	}

	/**
	 * What an answer shows.
	 *
	 * @param groups the most groups of each kind that are listed
	 * @param maskAddresses whether the local parts of addresses are masked
	 */
	public record Options(int groups, boolean maskAddresses) {

		/** The most groups of one kind an answer lists. */
		public static final int MAX_GROUPS = 1000;

		/**
		 * The options of an answer from the request's parameters.
		 * @param groups the most groups of each kind, 1 to {@value #MAX_GROUPS}
		 * @param mask {@code addresses}, or null
		 * @return the options
		 * @throws InvalidParameter when a value is not accepted
		 */
		public static Options of(String groups, String mask) {
			int shown;
			try {
				shown = Integer.parseInt(groups);
			}
			catch (NumberFormatException ex) {
				shown = 0;
			}
			if (shown < 1 || shown > MAX_GROUPS) {
				throw new InvalidParameter("groups", List.of("1 to " + MAX_GROUPS));
			}
			if (mask != null && !mask.equals("addresses")) {
				throw new InvalidParameter("mask", List.of("addresses"));
			}
			return new Options(shown, mask != null);
		}

		String mask(String text) {
			return this.maskAddresses ? Masking.addresses(text) : text;
		}

	}

	/** The reading of one log. */
	private final class Reading {

		private final LogLines lines;

		private final List<ServerLog> servers;

		private final ReplyLines replies = new ReplyLines();

		private final Tally tally;

		private final Verdicts verdicts;

		private long unknown;

		private long recognised;

		private String lastProgram;

		private ServerLog lastServer;

		Reading(InputStream body, String language) throws IOException {
			MailLogProperties properties = MailLogs.this.properties;
			this.lines = new LogLines(decoded(body, properties.maxSize().toBytes()),
					(int) properties.maxLineLength().toBytes());
			this.servers = servers(properties.maxMessages());
			this.tally = new Tally(properties.maxGroups());
			this.verdicts = new Verdicts(MailLogs.this.explainer, language);
		}

		void read(BiConsumer<Attempt, Verdicts.Verdict> each) throws IOException {
			try {
				for (String text = this.lines.next(); text != null; text = this.lines.next()) {
					LogLine line = LogLine.of(this.lines.number(), text);
					ServerLog server = server(line.program());
					if (server == null && this.replies.reads(line)) {
						server = this.replies;
					}
					if (server == null) {
						this.unknown++;
						this.tally.line(line, null);
						if (this.recognised == 0 && this.lines.binary() && this.lines.bytes() >= BINARY_PROBE) {
							throw new NotALog(this.lines.number(), true);
						}
						continue;
					}
					this.recognised++;
					this.tally.line(line, server.name());
					server.read(line, (attempt) -> {
						Verdicts.Verdict verdict = this.verdicts.of(attempt);
						this.tally.add(attempt, verdict);
						each.accept(attempt, verdict);
					});
				}
			}
			catch (ZipException | EOFException ex) {
				throw new BrokenGzip(this.lines.number());
			}
		}

		// a log of which no line was read is not a log, unless attempts were already
		// written
		void check(boolean written) {
			if (this.lines.number() == 0) {
				throw new EmptyLog();
			}
			if (this.recognised == 0 && !written) {
				throw new NotALog(this.lines.number(), this.lines.binary());
			}
		}

		long forgotten() {
			return this.servers.stream().mapToLong(ServerLog::forgotten).sum();
		}

		private ServerLog server(String program) {
			if (program == null) {
				return null;
			}
			if (program.equals(this.lastProgram)) {
				return this.lastServer;
			}
			ServerLog found = null;
			for (ServerLog server : this.servers) {
				if (server.writes(program)) {
					found = server;
					break;
				}
			}
			this.lastProgram = program;
			this.lastServer = found;
			return found;
		}

	}

	// a reader of each server's lines, each keeping up to so many messages in flight
	private static List<ServerLog> servers(int maxMessages) {
		return List.of(new PostfixLog(maxMessages), new EximLog(maxMessages), new SendmailLog(maxMessages),
				new OpenSmtpdLog());
	}

	// a log file compressed with gzip (maillog.1.gz) sent as it is, without
	// Content-Encoding, is decompressed too; the limit then counts the decompressed bytes
	private static InputStream decoded(InputStream body, long limit) throws IOException {
		PushbackInputStream in = new PushbackInputStream(body, 2);
		byte[] magic = in.readNBytes(2);
		in.unread(magic);
		if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
			return in;
		}
		GZIPInputStream gzip;
		try {
			gzip = new GZIPInputStream(in, 64 * 1024);
		}
		catch (ZipException | EOFException ex) {
			throw new BrokenGzip(0);
		}
		return new FilterInputStream(gzip) {

			private long read;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0 && (this.read += n) > limit) {
					throw new ContentTooLarge(limit);
				}
				return n;
			}

		};
	}

}
