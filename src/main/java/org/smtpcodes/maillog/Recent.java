package org.smtpcodes.maillog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reading keeps by key (the messages it has seen by queue id, the engine's
 * decisions by masked reply): the most recently used, up to a bound, so that a log of any
 * length takes bounded memory. A message forgotten this way is one whose queue id was not
 * seen for longer than the bound's worth of other messages.
 */
final class Recent<V> extends LinkedHashMap<String, V> {

	private final int bound;

	private long forgotten;

	Recent(int bound) {
		super(256, 0.75f, true);
		this.bound = bound;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
		if (size() > this.bound) {
			this.forgotten++;
			return true;
		}
		return false;
	}

	/** How many were dropped to keep the bound. */
	long forgotten() {
		return this.forgotten;
	}

}
