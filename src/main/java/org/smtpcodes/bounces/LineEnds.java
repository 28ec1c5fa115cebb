package org.smtpcodes.bounces;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A message with every line end made LF: CRLF as mail servers send it, LF as mailboxes
 * store it, and a lone CR as old Macintosh software wrote it all read alike.
 */
final class LineEnds extends FilterInputStream {

	private boolean afterCr;

	LineEnds(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		while (true) {
			int b = super.read();
			if (b == '\n' && this.afterCr) {
				this.afterCr = false;
				continue;
			}
			this.afterCr = b == '\r';
			return (b == '\r') ? '\n' : b;
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int n = super.read(buffer, offset, length);
		if (n <= 0) {
			return n;
		}
		int out = offset;
		for (int i = offset; i < offset + n; i++) {
			byte b = buffer[i];
			if (b == '\n' && this.afterCr) {
				this.afterCr = false;
				continue;
			}
			this.afterCr = b == '\r';
			buffer[out++] = (b == '\r') ? (byte) '\n' : b;
		}
		// a read that held only the LF of a CRLF split across reads: read on
		return (out == offset) ? read(buffer, offset, length) : out - offset;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = 0;
		while (skipped < n && read() >= 0) {
			skipped++;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
