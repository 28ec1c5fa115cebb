package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

/**
 * The messages of a mailbox in the mbox format (RFC 4155), read one after the other from
 * a stream: a message starts at a line that begins with "From " at the start of the
 * mailbox or after a blank line, and its lines that begin with ">From " (or ">>From ", as
 * mboxrd escapes them) lose one ">". A single message that starts with such a line is
 * read the same way. Line ends are made LF ({@link LineEnds}). Read a buffer at a time,
 * line by line, so that a large message costs a copy, not a call per byte.
 */
final class Mailbox {

	private final InputStream in;

	private final byte[] buffer = new byte[16 * 1024];

	private int position;

	private int limit;

	private boolean endOfStream;

	private boolean started;

	private Message current;

	Mailbox(InputStream in) {
		this.in = new LineEnds(in);
	}

	/**
	 * The next message, once the one before has been read to its end (or is skipped
	 * here).
	 * @return the message's stream, or null at the end of the mailbox
	 * @throws IOException when the stream fails
	 */
	InputStream next() throws IOException {
		if (this.current != null) {
			this.current.transferTo(java.io.OutputStream.nullOutputStream());
		}
		if (!this.started) {
			this.started = true;
			while (buffered(1) && this.buffer[this.position] == '\n') {
				this.position++;
			}
		}
		// the separator line, "From sender date", is not part of the message
		if (startsWithFrom(0)) {
			while (buffered(1) && this.buffer[this.position++] != '\n') {
				// read past it
			}
		}
		if (!buffered(1)) {
			this.current = null;
			return null;
		}
		this.current = new Message();
		return this.current;
	}

	// whether at least the given number of bytes is in the buffer at the position
	// (reading more if needed)
	private boolean buffered(int count) throws IOException {
		if (this.limit - this.position >= count) {
			return true;
		}
		if (this.endOfStream) {
			return false;
		}
		System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
		this.limit -= this.position;
		this.position = 0;
		while (this.limit - this.position < count && !this.endOfStream) {
			int n = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (n < 0) {
				this.endOfStream = true;
			}
			else {
				this.limit += n;
			}
		}
		return this.limit - this.position >= count;
	}

	// whether "From " is in the buffer after the given number of bytes from the position
	private boolean startsWithFrom(int after) throws IOException {
		if (!buffered(after + 5)) {
			return false;
		}
		int at = this.position + after;
		return this.buffer[at] == 'F' && this.buffer[at + 1] == 'r' && this.buffer[at + 2] == 'o'
				&& this.buffer[at + 3] == 'm' && this.buffer[at + 4] == ' ';
	}

	/**
	 * One message: the mailbox's bytes up to the next separator line, with ">From "
	 * unescaped.
	 */
	private final class Message extends InputStream {

		private boolean lineStart = true;

		// the line before was blank; a message's first line is never a separator
		private boolean afterBlank;

		private boolean done;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] to, int offset, int length) throws IOException {
			if (this.done) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			if (this.lineStart) {
				if (this.afterBlank && startsWithFrom(0)) {
					this.done = true;
					return -1;
				}
				// ">From " and ">>From ": the mbox's escape of a line that began with
				// "From "
				if (buffered(1) && Mailbox.this.buffer[Mailbox.this.position] == '>'
						&& (startsWithFrom(1) || (buffered(2) && Mailbox.this.buffer[Mailbox.this.position + 1] == '>'
								&& startsWithFrom(2)))) {
					Mailbox.this.position++;
				}
			}
			if (!buffered(1)) {
				this.done = true;
				return -1;
			}
			int start = Mailbox.this.position;
			int end = start;
			int max = Math.min(Mailbox.this.limit, start + length);
			while (end < max && Mailbox.this.buffer[end] != '\n') {
				end++;
			}
			boolean newline = end < max;
			if (newline) {
				end++;
			}
			int count = end - start;
			System.arraycopy(Mailbox.this.buffer, start, to, offset, count);
			Mailbox.this.position = end;
			if (newline) {
				this.afterBlank = this.lineStart && count == 1;
				this.lineStart = true;
			}
			else {
				this.lineStart = false;
			}
			return count;
		}

	}

}
