package org.smtpcodes.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP settings of the service.
 *
 * @param cacheMaxAge how long clients and shared caches may keep a successful GET answer
 * @param corsAllowedOrigins the origins that browsers may call the API from (the data is
 * public)
 * @param corsAllowedMethods the methods that browsers may use across origins
 * @param requestHeadTimeout how long a client may take to send a request's line and
 * header fields, from its first byte; a connection still sending them after that is
 * closed ({@link HeadDeadlineProtocol})
 */
@ConfigurationProperties("smtp-codes.http")
public record HttpProperties(@DefaultValue("1h") Duration cacheMaxAge,
		@DefaultValue("*") List<String> corsAllowedOrigins, @DefaultValue( {
				"GET", "HEAD", "OPTIONS" }) List<String> corsAllowedMethods,
		@DefaultValue("10s") Duration requestHeadTimeout){
}
