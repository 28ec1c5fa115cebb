package org.smtpcodes.explain;

import java.util.List;

/**
 * What the parser found in a reply or diagnostic text.
 *
 * @param replyCode the remote server's reply code, or null when the text carries none
 * @param enhancedCode the enhanced status code that goes with it (or stands alone), or
 * null
 * @param text the human part of the reply, continuation codes removed
 * @param otherCodes other codes of the reply (a wrapper's own code, codes of other lines
 * of the reply)
 * @param multilineCodesDiffer whether the lines of a multi-line reply carried different
 * codes
 * @param read the part of the text that was read: up to the end of the reply and the
 * lines folded into it (a wrapper's words before it included), or the whole text when it
 * has no reply code; what follows (a returned message) is neither read for codes nor for
 * the words of a reason
 */
record ParsedReply(String replyCode, String enhancedCode, String text, List<String> otherCodes,
		boolean multilineCodesDiffer, String read) {

	ParsedReply {
		otherCodes = List.copyOf(otherCodes);
	}

}
