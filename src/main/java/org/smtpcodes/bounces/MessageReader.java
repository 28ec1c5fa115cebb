package org.smtpcodes.bounces;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.smtpcodes.bounces.BounceMessage.Headers;
import org.smtpcodes.bounces.BounceMessage.Part;

/**
 * Reads a message as a stream, with Apache James mime4j, keeping only what a bounce
 * reader needs: the message's header fields, the text of its own parts (decoded from
 * base64 or quoted-printable and from their charset), its delivery and feedback reports,
 * and the header fields of the message it returns. The returned message's body and any
 * attachment are read past, never held: a message of 10 MiB costs the text it carries for
 * people, which is bounded too. (The one part of a returned message that is kept is its
 * delivery report, for a bounce that was forwarded as an attachment and has none of its
 * own.)
 *
 * <p>
 * Line ends may be LF, CRLF or CR ({@link LineEnds}). A message that breaks the rules of
 * MIME (a missing boundary, broken base64, an unknown charset) is read as far as it can
 * be, and what went wrong is told in {@link BounceMessage#problems()}.
 */
final class MessageReader {

	/** The most text kept of one part, in bytes before decoding the charset. */
	static final int MAX_PART_TEXT = 256 * 1024;

	/** The most text kept of one message, over all its parts. */
	static final int MAX_TEXT = 1024 * 1024;

	private static final MimeConfig CONFIG = MimeConfig.custom()
		.setMaxLineLen(64 * 1024)
		.setMaxHeaderCount(2000)
		.setMaxHeaderLen(64 * 1024)
		.setMaxContentLen(-1)
		.setStrictParsing(false)
		.setMalformedHeaderStartsBody(true)
		.build();

	private MessageReader() {
	}

	/**
	 * Reads a message.
	 * @param in the message, which is read to its end (not closed)
	 * @return what the message holds
	 * @throws IOException when the stream fails (the client is gone, the body is over the
	 * limit)
	 */
	static BounceMessage read(InputStream in) throws IOException {
		Reading reading = new Reading();
		// the lenient parser of Content-Type and its kin: a bounce's fields are often
		// loosely written, and the strict parser builds a 40 KB character stream for
		// every field it reads
		MimeTokenStream stream = new MimeTokenStream(CONFIG, DecodeMonitor.SILENT,
				new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
		stream.parse(withoutMboxLine(new LineEnds(in)));
		try {
			for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
				reading.on(state, stream);
			}
		}
		catch (MimeException | IllegalStateException ex) {
			// mime4j gives up on some torn multiparts with an IllegalStateException of
			// its buffer
			reading.problems.add(new BounceMessage.Problem("mime", List.of()));
			in.transferTo(OutputStream.nullOutputStream());
		}
		return reading.message();
	}

	// A message saved in an mbox file starts with the mailbox's own "From sender date"
	// line, which is no header field: left there, it would end the header block before it
	// starts.
	private static InputStream withoutMboxLine(InputStream lines) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(lines);
		buffered.mark(8);
		byte[] start = buffered.readNBytes(5);
		if (start.length == 5 && new String(start, StandardCharsets.ISO_8859_1).equals("From ")) {
			for (int b = buffered.read(); b >= 0 && b != '\n'; b = buffered.read()) {
				// the rest of the mailbox's line
			}
		}
		else {
			buffered.reset();
		}
		return buffered;
	}

	/** What is kept while the stream is read. */
	private static final class Reading {

		private final List<Headers.Field> headers = new ArrayList<>();

		private final List<Headers.Field> original = new ArrayList<>();

		private final List<Part> parts = new ArrayList<>();

		// the delivery reports of a returned message: a bounce forwarded as an attachment
		private final List<Part> returnedReports = new ArrayList<>();

		private final List<BounceMessage.Problem> problems = new ArrayList<>();

		// 0: the message itself; 1: a message it returns; deeper: a message inside that
		// one
		private int messageDepth = -1;

		private boolean inOriginal;

		private final StringBuilder originalBlock = new StringBuilder();

		private int textKept;

		// the subtypes of the multiparts the stream is in, innermost last, and whether
		// each has given its text
		private final java.util.ArrayDeque<String> multiparts = new java.util.ArrayDeque<>();

		private final java.util.ArrayDeque<Boolean> multipartHasText = new java.util.ArrayDeque<>();

		void on(EntityState state, MimeTokenStream stream) throws IOException, MimeException {
			switch (state) {
				case T_START_MESSAGE -> {
					this.messageDepth++;
					this.inOriginal = this.messageDepth == 1;
				}
				case T_END_MESSAGE -> {
					if (this.messageDepth == 1 && !this.originalBlock.isEmpty()) {
						this.parts
							.add(new Part(Part.Kind.ORIGINAL_HEADERS, "message/rfc822", this.originalBlock.toString()));
						this.originalBlock.setLength(0);
					}
					this.messageDepth--;
				}
				case T_FIELD -> field(stream.getField());
				case T_START_MULTIPART -> {
					this.multiparts.push(stream.getBodyDescriptor().getSubType().toLowerCase(Locale.ROOT));
					this.multipartHasText.push(false);
				}
				case T_END_MULTIPART -> {
					this.multiparts.poll();
					this.multipartHasText.poll();
				}
				case T_PREAMBLE -> {
					if (this.messageDepth == 0) {
						text(Part.Kind.TEXT, "text/plain", stream.getInputStream(), null);
					}
				}
				case T_BODY -> body(stream);
				default -> {
					// the structure is followed by the stream itself
				}
			}
		}

		private void field(Field field) {
			Headers.Field decoded = Headers.Field.of(field.getName(), unfold(field.getBody()));
			if (this.messageDepth == 0) {
				this.headers.add(decoded);
			}
			else if (this.messageDepth == 1 && this.inOriginal) {
				this.original.add(decoded);
				if (this.originalBlock.length() < 64 * 1024) {
					this.originalBlock.append(decoded.name()).append(": ").append(decoded.value()).append('\n');
				}
			}
		}

		private void body(MimeTokenStream stream) throws IOException {
			if (this.messageDepth != 0) {
				// the body of the returned message is never read, but for its delivery
				// report: a bounce that a filter or a person forwarded as an attachment
				// holds its report there
				String type = stream.getBodyDescriptor().getMimeType().toLowerCase(Locale.ROOT);
				if (this.messageDepth == 1
						&& (type.equals("message/delivery-status") || type.equals("message/global-delivery-status"))) {
					String text = decode(limited(stream.getDecodedInputStream()),
							type.startsWith("message/global") ? "utf-8" : stream.getBodyDescriptor().getCharset(),
							type);
					if (!text.isBlank()) {
						this.returnedReports.add(new Part(Part.Kind.DELIVERY_STATUS, type, text));
					}
				}
				return;
			}
			BodyDescriptor body = stream.getBodyDescriptor();
			String type = body.getMimeType().toLowerCase(Locale.ROOT);
			switch (type) {
				case "message/delivery-status", "message/global-delivery-status" ->
					text(Part.Kind.DELIVERY_STATUS, type, stream.getDecodedInputStream(),
							type.startsWith("message/global") ? "utf-8" : body.getCharset());
				case "message/feedback-report" ->
					text(Part.Kind.FEEDBACK_REPORT, type, stream.getDecodedInputStream(), body.getCharset());
				case "text/rfc822-headers", "message/global-headers", "message/rfc822-headers" -> {
					String block = decode(limited(stream.getDecodedInputStream()), charset(body), type);
					this.parts.add(new Part(Part.Kind.ORIGINAL_HEADERS, type, block));
					if (this.original.isEmpty()) {
						this.original.addAll(Headers.parse(block).fields());
					}
				}
				default -> {
					// of the alternatives of a multipart/alternative (text, HTML), the
					// first says it all
					boolean alternative = "alternative".equals(this.multiparts.peek());
					if (alternative && Boolean.TRUE.equals(this.multipartHasText.peek())) {
						return;
					}
					if (type.startsWith("text/") || type.equals("message/partial")) {
						if (alternative) {
							this.multipartHasText.pop();
							this.multipartHasText.push(true);
						}
						String charset = body.getCharset();
						String text = decode(limited(stream.getDecodedInputStream()), charset, type);
						this.parts
							.add(new Part(Part.Kind.TEXT, type, type.equals("text/html") ? Html.plain(text) : text));
					}
				}
			}
		}

		private void text(Part.Kind kind, String type, InputStream in, String charset) throws IOException {
			String text = decode(limited(in), charset, type);
			if (!text.isBlank()) {
				this.parts.add(new Part(kind, type, text));
			}
		}

		// the part's bytes, up to what is left of the message's allowance; the rest is
		// read past
		private byte[] limited(InputStream in) throws IOException {
			int allowed = Math.max(0, Math.min(MAX_PART_TEXT, MAX_TEXT - this.textKept));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(allowed, 8192));
			byte[] buffer = new byte[8192];
			boolean cut = false;
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					int keep = Math.min(n, allowed - bytes.size());
					if (keep > 0) {
						bytes.write(buffer, 0, keep);
					}
					cut |= keep < n;
				}
			}
			catch (IOException ex) {
				if (ex.getClass().getName().startsWith("org.apache.james.mime4j")) {
					this.problems.add(new BounceMessage.Problem("encoding", List.of()));
				}
				else {
					throw ex;
				}
			}
			if (cut) {
				this.problems
					.add(new BounceMessage.Problem("too-long", List.of(MAX_PART_TEXT / 1024, MAX_TEXT / 1024)));
			}
			this.textKept += bytes.size();
			return bytes.toByteArray();
		}

		private String charset(BodyDescriptor body) {
			return body.getCharset();
		}

		// text in its declared charset; text that declares none or an unknown one is read
		// as UTF-8 when it is valid UTF-8, as ISO-2022-JP when it has its escapes, and
		// byte by byte (ISO-8859-1) otherwise
		private String decode(byte[] bytes, String declared, String type) {
			Charset charset = lookup(declared);
			if (declared != null && !declared.isBlank() && charset == null) {
				this.problems.add(new BounceMessage.Problem("charset", List.of(declared, type)));
			}
			if (charset != null && !charset.equals(StandardCharsets.US_ASCII)) {
				return new String(bytes, charset);
			}
			String utf8 = strictUtf8(bytes);
			if (utf8 != null) {
				return hasIso2022Escape(bytes) ? new String(bytes, Charset.forName("ISO-2022-JP")) : utf8;
			}
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}

		BounceMessage message() {
			// the report of a forwarded bounce stands in only for a report of the
			// message's own: a bounce that returns a message which was itself a report is
			// about its own recipients
			if (!this.returnedReports.isEmpty()
					&& this.parts.stream().noneMatch((part) -> part.kind() == Part.Kind.DELIVERY_STATUS)) {
				this.parts.addAll(this.returnedReports);
			}
			return new BounceMessage(new Headers(this.headers), this.parts, new Headers(this.original), this.problems);
		}

	}

	static Charset lookup(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String clean = name.strip();
		if (clean.startsWith("\"") && clean.endsWith("\"") && clean.length() > 1) {
			clean = clean.substring(1, clean.length() - 1);
		}
		try {
			return Charset.forName(aliased(clean.toLowerCase(Locale.ROOT)));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	// names that mail software writes and the JDK does not know by that name
	private static String aliased(String name) {
		return switch (name) {
			case "shift-jis", "sjis", "x-sjis", "ms932", "cp932" -> "windows-31j";
			case "iso-2022-jp-3", "iso-2022-jp-ms" -> "iso-2022-jp";
			case "utf8" -> "utf-8";
			case "ascii", "us_ascii", "ansi_x3.4-1968" -> "us-ascii";
			case "ks_c_5601-1987" -> "euc-kr";
			default -> name;
		};
	}

	private static String strictUtf8(byte[] bytes) {
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	// ESC $ B or ESC $ @: the JIS X 0208 escape of ISO-2022-JP
	private static boolean hasIso2022Escape(byte[] bytes) {
		for (int i = 0; i + 2 < bytes.length; i++) {
			if (bytes[i] == 0x1b && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
				return true;
			}
		}
		return false;
	}

	// a header field's value on one line: the line breaks of folding removed
	private static String unfold(String value) {
		if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		StringBuilder unfolded = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != '\r' && c != '\n') {
				unfolded.append(c);
			}
		}
		return unfolded.toString();
	}

}
