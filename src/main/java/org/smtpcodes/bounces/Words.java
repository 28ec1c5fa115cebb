package org.smtpcodes.bounces;

import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * Header field values as people read them: RFC 2047 encoded words
 * ({@code =?ISO-2022-JP?B?...?=}) decoded.
 */
final class Words {

	private Words() {
	}

	static String decode(String value) {
		if (value.indexOf("=?") < 0) {
			return value;
		}
		try {
			return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
