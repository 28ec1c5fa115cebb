package org.smtpcodes.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * An answer serialized once, with its weak ETag: the code documents and comparisons are
 * kept as these, so that a request costs a lookup and a copy, not a serialization and a
 * digest. An answer that is kept and served many times also holds its gzip form,
 * compressed once, for the clients that accept it.
 *
 * @param body the JSON bytes
 * @param etag the weak ETag of the bytes, {@code W/"..."}: one for both forms, which
 * carry the same JSON
 * @param gzip the bytes in gzip, or null for an answer served once
 */
public record JsonAnswer(byte[] body, String etag, byte[] gzip) {

	/** An answer of the given bytes, served once: the server compresses it if asked. */
	public static JsonAnswer of(byte[] body) {
		return new JsonAnswer(body, etag(body), null);
	}

	/** An answer of the given bytes that is kept, with its gzip form. */
	public static JsonAnswer kept(byte[] body) {
		return new JsonAnswer(body, etag(body), gzip(body));
	}

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
