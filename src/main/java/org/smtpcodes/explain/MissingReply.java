package org.smtpcodes.explain;

/**
 * A JSON request without its {@code reply} field. Answered with 400.
 */
public class MissingReply extends RuntimeException {

	MissingReply() {
		super("The request has no reply field");
	}

}
