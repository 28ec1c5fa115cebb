package org.smtpcodes.bounces;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code POST /bounces}.
 *
 * @param maxSize the largest message or mailbox accepted (after decoding a gzip body);
 * over it, 413
 * @param maxMessages the most messages of a mailbox that are read; the rest are counted,
 * not read
 * @param concurrency how many of the largest messages are read at once (a message of a
 * few kilobytes takes a sixteenth of a reader, so that many are read at once); a request
 * that finds the readers busy waits up to {@code queueTimeout}, then gets 503. Reading
 * keeps at most 1 MiB of a message's text, and no more than its size, so this bounds the
 * heap that bounce reading can take.
 * @param queueTimeout how long a request waits for a reader
 */
@ConfigurationProperties("smtp-codes.bounces")
public record BouncesProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("1000") int maxMessages,
		@DefaultValue("4") int concurrency, @DefaultValue("10s") java.time.Duration queueTimeout) {

	public BouncesProperties {
		if (maxMessages < 1 || concurrency < 1) {
			throw new IllegalArgumentException("smtp-codes.bounces.max-messages and concurrency must be at least 1");
		}
	}

}
