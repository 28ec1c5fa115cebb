package org.smtpcodes.system;

/**
 * A larger limit for the request bodies of one path than the service's default, which a
 * feature that reads whole messages or logs contributes as a bean. {@link RequestBodies}
 * counts every body against the limit of its path.
 *
 * @param path the request path, e.g. {@code /bounces}
 * @param maxBytes the largest body accepted there, in bytes after decoding
 */
public record BodyLimit(String path, long maxBytes) {

	public BodyLimit {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("A body limit must be positive: " + maxBytes);
		}
	}

}
