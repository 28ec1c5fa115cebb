package org.smtpcodes.explain;

import java.util.List;

/**
 * What the parser found in a reply or diagnostic text.
 *
 * @param replyCode the remote server's reply code, or null when the text carries none
 * @param enhancedCode the enhanced status code that goes with it (or stands alone), or null
 * @param text the human part of the reply, continuation codes removed
 * @param otherCodes other codes found in the text (a wrapper's own code, codes of other lines)
 * @param lines how many reply lines the text had
 * @param multilineCodesDiffer whether the lines of a multi-line reply carried different codes
 */
record ParsedReply(String replyCode, String enhancedCode, String text, List<String> otherCodes, int lines,
		boolean multilineCodesDiffer) {

	ParsedReply {
		otherCodes = List.copyOf(otherCodes);
	}

}
