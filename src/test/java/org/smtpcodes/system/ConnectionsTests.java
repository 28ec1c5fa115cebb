package org.smtpcodes.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What connections may cost: a client that trickles a request's head is cut off at the
 * deadline, however often it sends a byte; past the connection cap, new connections wait
 * and are served once others close, instead of the service running out of memory. Short
 * timeouts and a cap of four, so that the test sees in seconds what the production
 * settings do in tens of seconds (bench/flood measures those). The bounds below are
 * generous: they fail only if a deadline is not applied at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "smtp-codes.http.request-head-timeout=1s",
				"server.tomcat.connection-timeout=1500ms", "server.tomcat.keep-alive-timeout=1500ms",
				"server.tomcat.max-connections=4" })
class ConnectionsTests {

	private static final byte[] HEAD_START = "GET /codes/451 HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void runsTomcatsConnectorWithTheHeadDeadline() {
		var protocol = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector().getProtocolHandler();
		assertThat(protocol).isInstanceOf(HeadDeadlineProtocol.class);
		assertThat(((HeadDeadlineProtocol) protocol).getRequestHeadTimeout()).isEqualTo(1000);
	}

	@Test
	void closesAConnectionThatTricklesItsHeadPastTheDeadline() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(200);
			OutputStream out = socket.getOutputStream();
			out.write(HEAD_START);
			long start = System.nanoTime();
			boolean closed = false;
			// a byte every 0.3 s keeps the connection under the 1.5 s pause Tomcat allows
			// between reads
			while (!closed && System.nanoTime() - start < 8_000_000_000L) {
				try {
					out.write('a');
					closed = socket.getInputStream().read() == -1;
				}
				catch (SocketTimeoutException ex) {
					Thread.sleep(100);
				}
				catch (IOException ex) {
					closed = true;
				}
			}
			long seconds = (System.nanoTime() - start) / 1_000_000_000L;
			assertThat(closed).as("closed by the service while the client still sent bytes").isTrue();
			assertThat(seconds).isLessThan(5);
		}
	}

	@Test
	void servesAHeadSentSlowlyWithinTheDeadline() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(HEAD_START);
			Thread.sleep(300);
			out.write("a\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			socket.setSoTimeout(5000);
			assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 200 ");
		}
	}

	@Test
	void servesANewConnectionPastTheCapOnceIdleOnesAreClosed() throws Exception {
		List<Socket> idle = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				idle.add(new Socket("127.0.0.1", this.port));
			}
			// the fifth waits in the kernel's queue until the service closes idle ones
			// (1.5 s)
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(8000);
				socket.getOutputStream()
					.write("GET /codes/451 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
						.getBytes(StandardCharsets.US_ASCII));
				assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 200 ");
			}
			for (Socket socket : idle) {
				socket.setSoTimeout(5000);
				assertThat(socket.getInputStream().read()).as("an idle connection closed by the service").isEqualTo(-1);
			}
		}
		finally {
			for (Socket socket : idle) {
				socket.close();
			}
		}
	}

	private static String statusLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
			line.append((char) b);
		}
		return line.toString();
	}

}
