package org.smtpcodes.bounces;

/**
 * A message that reports no delivery: an ordinary message or a newsletter, sent to {@code /bounces}.
 */
class NotABounce extends RuntimeException {

	NotABounce() {
		super("The message reports no delivery", null, false, false);
	}

}
