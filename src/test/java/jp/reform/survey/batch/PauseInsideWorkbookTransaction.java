package jp.reform.survey.batch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.core.env.Environment;

/**
 * Test hook for child processes (added with {@code --spring.main.sources=}): after the n-th
 * workbook is written, still inside its transaction, prints a marker line and sleeps, so a test can
 * kill the process or the database at a known point — n-1 workbooks committed, the n-th not. With
 * {@code --test.pause.release=FILE} the pause ends early once the test creates that file.
 * Deliberately not a component: test classes are on the children's class path and must not be
 * picked up by component scanning.
 */
class PauseInsideWorkbookTransaction implements ItemWriteListener<LoadedSubmission> {

	static final String MARKER = "TEST-PAUSE inside the transaction of workbook ";

	private final int at;

	private final long millis;

	private final Path release;

	private int written;

	PauseInsideWorkbookTransaction(Environment environment) {
		this.at = environment.getRequiredProperty("test.pause.at", Integer.class);
		this.millis = environment.getRequiredProperty("test.pause.millis", Long.class);
		String file = environment.getProperty("test.pause.release");
		this.release = file == null ? null : Path.of(file);
	}

	@Override
	public void afterWrite(Chunk<? extends LoadedSubmission> items) {
		written += items.size();
		if (written == at) {
			System.out.println(MARKER + written + ": " + items.getItems().get(0).submission().fileName());
			System.out.flush();
			long end = System.nanoTime() + millis * 1_000_000;
			try {
				while (System.nanoTime() < end && (release == null || !Files.exists(release))) {
					Thread.sleep(Math.min(50, millis));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
