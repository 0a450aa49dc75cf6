package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Inflates a large zip entry on a helper thread, a few chunks ahead of the XML parser reading it:
 * on a large sheet decompression and parsing then run on two cores instead of one.
 */
final class ReadAheadInputStream extends InputStream {

	private static final int CHUNK = 64 * 1024;

	private static final byte[] END = new byte[0];

	private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(8);

	private final Future<?> producer;

	private byte[] current = new byte[0];

	private int position;

	private boolean ended;

	ReadAheadInputStream(InputStream source, ExecutorService executor) {
		this.producer = executor.submit(() -> {
			try (source) {
				while (true) {
					byte[] chunk = new byte[CHUNK];
					int n = source.readNBytes(chunk, 0, CHUNK);
					if (n > 0) {
						chunks.put(n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
					}
					if (n < CHUNK) {
						break;
					}
				}
				chunks.put(END);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt(); // the reader closed early
			}
			catch (Throwable ex) {
				try {
					chunks.put(ex);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
			return null;
		});
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (position == current.length) {
			if (ended) {
				return -1;
			}
			next();
		}
		int n = Math.min(length, current.length - position);
		System.arraycopy(current, position, buffer, offset, n);
		position += n;
		return n;
	}

	private void next() throws IOException {
		Object chunk;
		try {
			chunk = chunks.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while inflating", ex);
		}
		if (chunk == END) {
			ended = true;
		}
		else if (chunk instanceof byte[] bytes) {
			current = bytes;
			position = 0;
		}
		else if (chunk instanceof IOException io) {
			throw io;
		}
		else {
			throw new IOException("inflating failed", (Throwable) chunk);
		}
	}

	@Override
	public void close() {
		producer.cancel(true);
		chunks.clear();
	}

}
