package org.smtpcodes.maillog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code POST /mail-log}.
 *
 * @param maxSize the largest log accepted, after decoding a gzip body or a gzip file;
 * over it, 413
 * @param maxLineLength a longer line is read up to this length and counted as cut
 * @param maxGroups the most groups of one kind that are counted (the first ones seen);
 * the attempts of further groups are counted as ungrouped. Bounds, with
 * {@code maxMessages}, the memory one log takes.
 * @param maxMessages the most messages in flight whose sender and deferred recipients a
 * reader keeps, per mail server format; the least recently seen are forgotten first
 * @param concurrency how many logs are read at once; a request that finds the readers
 * busy waits up to {@code queueTimeout}, then gets 503
 * @param queueTimeout how long a request waits for a reader
 */
@ConfigurationProperties("smtp-codes.mail-log")
public record MailLogProperties(@DefaultValue("1GB") DataSize maxSize, @DefaultValue("16KB") DataSize maxLineLength,
		@DefaultValue("2000") int maxGroups, @DefaultValue("20000") int maxMessages, @DefaultValue("2") int concurrency,
		@DefaultValue("10s") Duration queueTimeout) {

	public MailLogProperties {
		if (maxGroups < 1 || maxMessages < 1 || concurrency < 1) {
			throw new IllegalArgumentException(
					"smtp-codes.mail-log.max-groups, max-messages and concurrency must be at least 1");
		}
	}

}
