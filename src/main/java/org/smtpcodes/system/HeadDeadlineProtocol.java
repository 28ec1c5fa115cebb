package org.smtpcodes.system;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.Processor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for the head of a request (its request line
 * and header fields). Tomcat's own {@code connectionTimeout} is the longest pause between
 * two reads, so a client that sends a byte every few seconds keeps a half-sent request,
 * and the 50 KB of buffers it holds, for hours. Here the connection is closed at the
 * first read after the deadline, counted from the request's first byte: a trickling
 * client is gone after the deadline plus at most one {@code connectionTimeout}.
 *
 * <p>
 * Tomcat creates it by its class name ({@code server.tomcat} has no such setting); the
 * deadline is set by {@link WebConfiguration} from
 * {@link HttpProperties#requestHeadTimeout()}.
 */
public class HeadDeadlineProtocol extends Http11NioProtocol {

	private volatile long deadlineNanos = TimeUnit.SECONDS.toNanos(10);

	/**
	 * Sets the deadline for a request's head.
	 * @param millis milliseconds from the request's first byte
	 */
	public void setRequestHeadTimeout(long millis) {
		this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(millis);
	}

	/** The deadline for a request's head, in milliseconds. */
	public long getRequestHeadTimeout() {
		return TimeUnit.NANOSECONDS.toMillis(this.deadlineNanos);
	}

	@Override
	protected Processor createProcessor() {
		return new Http11Processor(this, getAdapter()) {

			@Override
			public SocketState service(SocketWrapperBase<?> socket) throws IOException {
				// called again with each read of a head that is not complete yet (the
				// body is read by the request's own thread); the start time is set by
				// each request's first byte and cleared once the request has been
				// answered
				long started = this.request.getStartTimeNanos();
				if (started != -1 && System.nanoTime() - started > HeadDeadlineProtocol.this.deadlineNanos) {
					return SocketState.CLOSED;
				}
				return super.service(socket);
			}

		};
	}

}
