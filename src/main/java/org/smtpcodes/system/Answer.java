package org.smtpcodes.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.MediaType;

/**
 * An answer written once, with its weak ETag: JSON for programs or an HTML page for
 * people. The code documents, comparisons and their pages are kept as these, so that a
 * request costs a lookup and a copy, not a serialization and a digest. An answer that is
 * kept and served many times also holds its gzip form, compressed once, for the clients
 * that accept it.
 *
 * @param type the media type of the bytes
 * @param body the bytes
 * @param etag the weak ETag of the bytes, {@code W/"..."}: one for both forms, which
 * carry the same bytes
 * @param gzip the bytes in gzip, or null for an answer served once
 */
public record Answer(MediaType type, byte[] body, String etag, byte[] gzip) {

	/**
	 * A JSON answer of the given bytes, served once: the server compresses it if asked.
	 */
	public static Answer of(byte[] body) {
		return new Answer(MediaType.APPLICATION_JSON, body, etag(body), null);
	}

	/** A JSON answer of the given bytes that is kept, with its gzip form. */
	public static Answer kept(byte[] body) {
		return new Answer(MediaType.APPLICATION_JSON, body, etag(body), gzip(body));
	}

	/** A page of the given UTF-8 bytes, served once. */
	public static Answer page(byte[] html) {
		return new Answer(HTML, html, etag(html), null);
	}

	/** A page of the given UTF-8 bytes that is kept, with its gzip form. */
	public static Answer keptPage(byte[] html) {
		return new Answer(HTML, html, etag(html), gzip(html));
	}

	/** The media type of pages. */
	public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(body);
			return "W/\"" + HexFormat.of().formatHex(digest) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has MD5", ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory cannot fail", ex);
		}
		return bytes.toByteArray();
	}

}
