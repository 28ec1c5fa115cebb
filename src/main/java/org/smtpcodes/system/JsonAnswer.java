package org.smtpcodes.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An answer serialized once, with its weak ETag: the code documents and comparisons are
 * kept as these, so that a request costs a lookup and a copy, not a serialization and a
 * digest.
 *
 * @param body the JSON bytes
 * @param etag the weak ETag of the bytes, {@code W/"..."}
 */
public record JsonAnswer(byte[] body, String etag) {

	/** An answer of the given bytes, with the ETag computed from them. */
	public static JsonAnswer of(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(body);
			return new JsonAnswer(body, "W/\"" + HexFormat.of().formatHex(digest) + "\"");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has MD5", ex);
		}
	}

}
