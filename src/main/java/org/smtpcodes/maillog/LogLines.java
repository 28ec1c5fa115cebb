package org.smtpcodes.maillog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a log, read from a stream a buffer at a time: never more of it in memory
 * than one buffer and one line. Any line end (LF, CRLF) ends a line; a line longer than
 * the limit is cut there and the rest of it skipped. Bytes that are not UTF-8 are read as
 * the replacement character, so that a log in Latin-1 is still read.
 */
final class LogLines {

	private static final int BUFFER = 64 * 1024;

	private final InputStream in;

	private final int maxLength;

	private final byte[] buffer = new byte[BUFFER];

	private int position;

	private int limit;

	private boolean end;

	private long number;

	private long cut;

	private long bytes;

	private boolean binary;

	private byte[] line;

	LogLines(InputStream in, int maxLength) {
		this.in = in;
		this.maxLength = maxLength;
		this.line = new byte[Math.min(maxLength, 1024)];
	}

	/**
	 * The next line, without its line end.
	 * @return the line, or null at the end of the log
	 * @throws IOException when the stream fails
	 */
	String next() throws IOException {
		int length = 0;
		boolean over = false;
		while (true) {
			if (this.position == this.limit && !fill()) {
				if (length == 0 && !over) {
					return null;
				}
				break;
			}
			byte[] buffer = this.buffer;
			int start = this.position;
			int stop = this.limit;
			int i = start;
			while (i < stop) {
				byte b = buffer[i];
				if (b == '\n') {
					break;
				}
				if (b == 0) {
					this.binary = true;
				}
				i++;
			}
			int run = i - start;
			if (!over) {
				int room = this.maxLength - length;
				int taken = Math.min(run, room);
				append(buffer, start, taken, length);
				length += taken;
				over = run > room;
			}
			if (i < stop) {
				this.position = i + 1;
				break;
			}
			this.position = stop;
		}
		this.number++;
		if (over) {
			this.cut++;
		}
		if (length > 0 && this.line[length - 1] == '\r') {
			length--;
		}
		return new String(this.line, 0, length, StandardCharsets.UTF_8);
	}

	private void append(byte[] from, int start, int count, int at) {
		if (at + count > this.line.length) {
			byte[] larger = new byte[Math.min(this.maxLength, Math.max(at + count, this.line.length * 2))];
			System.arraycopy(this.line, 0, larger, 0, at);
			this.line = larger;
		}
		System.arraycopy(from, start, this.line, at, count);
	}

	private boolean fill() throws IOException {
		if (this.end) {
			return false;
		}
		// what has come, not a full buffer: a log streamed as it is written is read as it
		// comes
		int n = this.in.read(this.buffer, 0, this.buffer.length);
		while (n == 0) {
			n = this.in.read(this.buffer, 0, this.buffer.length);
		}
		if (n <= 0) {
			this.end = true;
			return false;
		}
		this.bytes += n;
		this.position = 0;
		this.limit = n;
		return true;
	}

	/** The lines read so far. */
	long number() {
		return this.number;
	}

	/** The lines that were longer than the limit, and were cut. */
	long cut() {
		return this.cut;
	}

	/** The bytes read so far. */
	long bytes() {
		return this.bytes;
	}

	/** Whether a line read so far held a NUL byte, which no text log has. */
	boolean binary() {
		return this.binary;
	}

}
