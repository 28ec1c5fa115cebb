package org.smtpcodes.explain;

/**
 * An empty text to explain. Answered with 400.
 */
public class EmptyReply extends RuntimeException {

	EmptyReply() {
		super("Nothing to explain");
	}

}
