package jp.reform.survey.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * POI's temporary files (the consolidated workbook is streamed through them) go to a folder of
 * this run's own in {@code java.io.tmpdir}, removed when the run ends. POI's default,
 * {@code java.io.tmpdir/poifiles}, is shared by every account on the host: once created by one
 * account, runs of another could not write there. Runs of a process follow one another (the run
 * lock), so setting POI's process-wide strategy per run is safe.
 */
@Component
class RunTempFolder implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunTempFolder.class);

	private Path folder;

	@Override
	public synchronized void beforeJob(JobExecution execution) {
		try {
			folder = Files.createTempDirectory("reform-survey-run-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("一時フォルダを作成できません（java.io.tmpdir = "
					+ System.getProperty("java.io.tmpdir") + "）。書き込めるフォルダを -Djava.io.tmpdir で指定してください: "
					+ ex.getMessage(), ex);
		}
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
	}

	@Override
	public synchronized void afterJob(JobExecution execution) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			log.warn("一時フォルダを削除できませんでした（{}）: {}", folder, ex.getMessage());
		}
		folder = null;
	}

}
