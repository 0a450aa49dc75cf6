package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffering writer that takes no lock: POI's streaming sheets write their XML a character at a time,
 * and {@link java.io.BufferedWriter} locks and checks itself open on each one. With the job's quick
 * compiler (no lock elision) that was about a third of writing consolidated.xlsx (README, "Benchmark").
 * One thread writes each sheet, so the lock guarded nothing.
 */
final class UnlockedWriter extends Writer {

	private final Writer out;

	private final char[] buffer = new char[1 << 16];

	private int used;

	/** @param out where full buffers go (an encoder over a file, say) */
	UnlockedWriter(Writer out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		if (used == buffer.length) {
			drain();
		}
		buffer[used++] = (char) c;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		if (length >= buffer.length) {
			drain();
			out.write(chars, offset, length);
			return;
		}
		if (used + length > buffer.length) {
			drain();
		}
		System.arraycopy(chars, offset, buffer, used, length);
		used += length;
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		if (length >= buffer.length) {
			drain();
			out.write(text, offset, length);
			return;
		}
		if (used + length > buffer.length) {
			drain();
		}
		text.getChars(offset, offset + length, buffer, used);
		used += length;
	}

	@Override
	public void flush() throws IOException {
		drain();
		out.flush();
	}

	@Override
	public void close() throws IOException {
		try {
			drain();
		}
		finally {
			out.close();
		}
	}

	private void drain() throws IOException {
		if (used > 0) {
			out.write(buffer, 0, used);
			used = 0;
		}
	}

}
