import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds many slow connections to a service on loopback, as a hostile client does, and beside them asks the
 * service for one ordinary answer every second, to see whether it keeps answering. A single-file program
 * that needs only a JDK: {@code java bench/SlowClients.java MODE PORT CONNECTIONS SECONDS [AFTER]}. Loopback
 * only, bounded in time, every connection closed at the end.
 *
 * <p>Modes: {@code idle} connects and sends nothing; {@code keepalive} sends one complete request, reads the
 * answer and keeps the connection open; {@code trickle} sends the start of a request and then one byte of a
 * header every 5 s, never finishing it (the "slowloris" client). A connection the service closes is opened
 * again at once, so that the client keeps CONNECTIONS open for as long as the service lets it. For AFTER
 * seconds (10 by default) after the connections are closed, it probes until the service answers again.
 *
 * <p>Prints a line every second ({@code t=.. open=.. closed_by_service=.. failed=.. probe=ok N ms|fail})
 * and a last line {@code RESULT mode=.. peak_open=.. closed_by_service=.. failed=.. probes=.. ok=..
 * worst_ms=.. recovered_ms=..}: {@code failed} counts connections that could not be made within 500 ms,
 * {@code recovered_ms} the time from closing every connection to the first good answer (-1: none within
 * AFTER seconds).
 */
class SlowClients {

	private static final byte[] PROBE = "GET /codes/451 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] KEEPALIVE = "GET /codes/451 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] TRICKLE = "GET /codes/451 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
		.getBytes(StandardCharsets.US_ASCII);

	private static final List<SocketChannel> channels = new ArrayList<>();

	private static final AtomicInteger failed = new AtomicInteger();

	private static volatile boolean running = true;

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: java SlowClients.java idle|keepalive|trickle PORT CONNECTIONS SECONDS [AFTER]");
			System.exit(2);
		}
		String mode = args[0];
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1]));
		int wanted = Integer.parseInt(args[2]);
		long seconds = Long.parseLong(args[3]);
		long after = (args.length > 4) ? Long.parseLong(args[4]) : 10;

		// one thread keeps opening connections, at up to 500 a second, while this one probes
		Thread opener = new Thread(() -> keepOpen(address, mode, wanted));
		opener.start();
		int probes = 0;
		int ok = 0;
		long worst = 0;
		int peak = 0;
		int closedByService = 0;
		long start = System.nanoTime();
		long nextTrickle = start + 5_000_000_000L;
		for (long second = 0; second < seconds; second++) {
			long now = System.nanoTime();
			if (mode.equals("trickle") && now >= nextTrickle) {
				for (SocketChannel channel : snapshot()) {
					write(channel, new byte[] { 'a' });
				}
				nextTrickle = now + 5_000_000_000L;
			}
			long ms = probe(address);
			probes++;
			if (ms >= 0) {
				ok++;
				worst = Math.max(worst, ms);
			}
			closedByService += dropClosed();
			int open = snapshot().size();
			peak = Math.max(peak, open);
			System.out.printf(Locale.ROOT, "t=%d open=%d closed_by_service=%d failed=%d probe=%s%n", second, open,
					closedByService, failed.get(), (ms >= 0) ? "ok " + ms + " ms" : "fail");
			long next = start + (second + 1) * 1_000_000_000L;
			Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000L));
		}
		running = false;
		opener.join();
		for (SocketChannel channel : snapshot()) {
			channel.close();
		}
		long closed = System.nanoTime();
		long recovered = -1;
		while (System.nanoTime() < closed + after * 1_000_000_000L) {
			if (probe(address) >= 0) {
				recovered = (System.nanoTime() - closed) / 1_000_000L;
				break;
			}
			Thread.sleep(100);
		}
		System.out.printf(Locale.ROOT,
				"RESULT mode=%s peak_open=%d closed_by_service=%d failed=%d probes=%d ok=%d worst_ms=%d recovered_ms=%d%n",
				mode, peak, closedByService, failed.get(), probes, ok, worst, recovered);
	}

	private static void keepOpen(InetSocketAddress address, String mode, int wanted) {
		while (running) {
			int open;
			synchronized (channels) {
				open = channels.size();
			}
			if (open >= wanted) {
				sleep(5);
				continue;
			}
			try {
				SocketChannel channel = open(address, mode);
				synchronized (channels) {
					channels.add(channel);
				}
			}
			catch (IOException ex) {
				failed.incrementAndGet();
			}
			sleep(2);
		}
	}

	// a connection in the given mode, left non-blocking
	private static SocketChannel open(InetSocketAddress address, String mode) throws IOException {
		SocketChannel channel = SocketChannel.open();
		try {
			channel.socket().connect(address, 500);
			switch (mode) {
				case "idle" -> {
				}
				case "keepalive" -> {
					channel.write(ByteBuffer.wrap(KEEPALIVE));
					channel.socket().setSoTimeout(10_000);
					readResponse(channel.socket().getInputStream());
				}
				case "trickle" -> channel.write(ByteBuffer.wrap(TRICKLE));
				default -> throw new IllegalArgumentException("unknown mode " + mode);
			}
			channel.configureBlocking(false);
			return channel;
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
	}

	private static List<SocketChannel> snapshot() {
		synchronized (channels) {
			return new ArrayList<>(channels);
		}
	}

	private static void write(SocketChannel channel, byte[] bytes) {
		try {
			channel.write(ByteBuffer.wrap(bytes));
		}
		catch (IOException ex) {
			// closed by the service: found by dropClosed
		}
	}

	// forgets the connections the service has closed (they read end of stream, or an error answer first),
	// so that the opener replaces them; returns how many
	private static int dropClosed() {
		ByteBuffer buffer = ByteBuffer.allocate(1024);
		List<SocketChannel> closed = new ArrayList<>();
		for (SocketChannel channel : snapshot()) {
			try {
				buffer.clear();
				if (channel.read(buffer) != 0) {
					closed.add(channel);
				}
			}
			catch (IOException ex) {
				closed.add(channel);
			}
		}
		for (SocketChannel channel : closed) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// closed anyway
			}
		}
		synchronized (channels) {
			channels.removeAll(closed);
		}
		return closed.size();
	}

	// one ordinary request on a new connection: its time in ms, or -1 when it fails or takes over 2 s
	private static long probe(InetSocketAddress address) {
		long start = System.nanoTime();
		try (SocketChannel channel = SocketChannel.open()) {
			channel.setOption(StandardSocketOptions.SO_LINGER, 0);
			channel.socket().connect(address, 2000);
			channel.socket().setSoTimeout(2000);
			channel.write(ByteBuffer.wrap(PROBE));
			String status = readResponse(channel.socket().getInputStream());
			return status.startsWith("HTTP/1.1 200") ? (System.nanoTime() - start) / 1_000_000L : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	// reads an answer's head and its body by Content-Length; returns the status line
	private static String readResponse(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (head.length() < 4 || head.lastIndexOf("\r\n\r\n") != head.length() - 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed before the end of the answer's head");
			}
			head.append((char) b);
		}
		String text = head.toString();
		int length = 0;
		for (String line : text.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		in.readNBytes(length);
		return text.substring(0, text.indexOf("\r\n"));
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
