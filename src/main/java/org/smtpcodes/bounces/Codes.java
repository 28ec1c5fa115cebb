package org.smtpcodes.bounces;

/**
 * The shapes of the codes a bounce carries: reply codes ({@code 550}) and enhanced status
 * codes ({@code 5.1.1}), as RFC 5321 and RFC 3463 write them.
 */
final class Codes {

	private Codes() {
	}

	/**
	 * Whether a text is an enhanced status code: class 2, 4 or 5, subject and detail of 1
	 * to 3 digits.
	 */
	static boolean isEnhanced(String text) {
		if (text == null) {
			return false;
		}
		int first = text.indexOf('.');
		int second = (first >= 0) ? text.indexOf('.', first + 1) : -1;
		if (first != 1 || second < 0 || "245".indexOf(text.charAt(0)) < 0) {
			return false;
		}
		return digits(text, first + 1, second) && digits(text, second + 1, text.length());
	}

	/** Whether a text is a reply code: three digits, the first 2 to 5. */
	static boolean isReply(String text) {
		return text != null && text.length() == 3 && "2345".indexOf(text.charAt(0)) >= 0 && digits(text, 0, 3);
	}

	private static boolean digits(String text, int start, int end) {
		if (end - start < 1 || end - start > 3) {
			return false;
		}
		for (int i = start; i < end; i++) {
			if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
