package jp.reform.survey.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what an entry inflates to and stops a zip bomb before it fills memory or disk: past the
 * grace size the inflated bytes may not exceed compressed size / min ratio, nor the entry limit.
 */
final class InflateGuard extends FilterInputStream {

	/** The entry broke the limits: a zip bomb, or something that looks like one. */
	static final class Exceeded extends IOException {

		Exceeded(String message) {
			super(message);
		}

	}

	private final String entry;

	private final long compressedSize;

	private final ZipLimits limits;

	private long inflated;

	private boolean ended;

	InflateGuard(InputStream in, String entry, long compressedSize, ZipLimits limits) {
		super(in);
		this.entry = entry;
		this.compressedSize = compressedSize;
		this.limits = limits;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		ended |= b < 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		ended |= n < 0;
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	/** Whether the entry has been inflated to its end (all of it counted). */
	boolean ended() {
		return ended;
	}

	private void count(long n) throws IOException {
		inflated += n;
		if (inflated > limits.maxEntrySize()) {
			throw new Exceeded("zip entry " + entry + " inflates beyond " + limits.maxEntrySize() + " bytes");
		}
		if (inflated > limits.graceSize() && compressedSize >= 0
				&& (double) compressedSize / inflated < limits.minInflateRatio()) {
			throw new Exceeded("zip entry " + entry + " inflates more than " + Math.round(1 / limits.minInflateRatio())
					+ " times its compressed size (zip bomb?)");
		}
	}

}
