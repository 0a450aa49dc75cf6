package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jp.reform.survey.fixture.HostileFiles;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly job meets everything a shared folder receives at once: each broken or hostile file
 * ends rejected with a reason a person understands (a formula error holds back only its item
 * sheet), every other file loads, nothing of a rejected file reaches the item tables, and all of
 * it runs in a 256 MB heap (the {@code hostile-files} surefire execution), zip bomb and
 * million-row sheet included.
 */
@Tag("hostile")
@SpringBootTest(properties = { "reform.job.run-on-startup=false", "reform.intake.settle=300ms",
		"spring.datasource.url=jdbc:h2:mem:hostile;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1" })
@Import(ConsolidationRuns.class)
class HostileInboxFunctionalTests {

	private static final long HEAP_BOUND = 256L << 20;

	@Autowired
	ConsolidationRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@Test
	void everyHostileFileIsRejectedWithAReasonAndEveryGoodFileLoads() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("run by the hostile-files execution, -Xmx256m")
			.isLessThanOrEqualTo(HEAP_BOUND);
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-42");
		HostileFiles.goodWorkbook(inbox, "税務課", LocalDate.of(2024, 5, 10));
		HostileFiles.goodWorkbook(inbox, "総合政策課", LocalDate.of(2024, 5, 11));
		Map<String, String> rejected = new LinkedHashMap<>();
		rejected.put(name(HostileFiles.empty(inbox)), "ファイルが空です（0バイト）");
		rejected.put(name(HostileFiles.randomBytes(inbox)), "Excelブックではありません");
		rejected.put(name(HostileFiles.csvNamedXls(inbox)), "テキスト（CSVなど）のファイルです");
		rejected.put(name(HostileFiles.truncated(inbox)), "途中までしか保存されていません");
		rejected.put(name(HostileFiles.encrypted(inbox)), "パスワードで保護されたブックは読めません");
		rejected.put(name(HostileFiles.xxe(inbox, secret)), "外部の情報を読み込ませる細工（XXE）");
		rejected.put(name(HostileFiles.zipBomb(inbox, 2L << 30)), "zip爆弾の疑い");
		rejected.put(name(HostileFiles.manyRows(inbox, "R5実施報告_百万行.xlsx", 1_000_000)), "行数が多すぎます");
		rejected.put(name(HostileFiles.externalLink(inbox)), "他のブックを参照するリンク（外部参照）");
		String errors = name(HostileFiles.formulaErrors(inbox));
		String lock = name(HostileFiles.lockFile(inbox, "R5実施報告_税務課.xlsx"));
		SlowCopy copy = SlowCopy.start(inbox.resolve("R5実施報告_契約課.xlsx"), goodBytes("契約課"));

		JobExecution first;
		try {
			first = run(inbox);
		}
		finally {
			copy.finish();
		}

		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> status = statuses(first);
		assertThat(status).containsEntry("R5実施報告_税務課.xlsx", "LOADED")
			.containsEntry("R5実施報告_総合政策課.xlsx", "LOADED")
			.doesNotContainKey(lock)
			.doesNotContainKey("R5実施報告_契約課.xlsx");
		rejected.forEach((file, reason) -> {
			assertThat(status).as(file).containsEntry(file, "REJECTED");
			assertThat(findings(file)).as(file).singleElement().satisfies(f -> assertThat(f).contains(reason));
			assertThat(versions(file)).as("no rows of %s", file).isZero();
		});
		assertFormulaErrorsHoldBackOnlyTheirSheets(errors, status);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM finding WHERE message LIKE '%TOP-SECRET%'").query(Integer.class).single())
			.isZero();
		assertThat(first.getExecutionContext().getString(IntakeTasklet.CHANGING)).isEqualTo("R5実施報告_契約課.xlsx");

		JobExecution second = run(inbox);

		assertThat(statuses(second)).containsExactly(Map.entry("R5実施報告_契約課.xlsx", "LOADED"));
	}

	private void assertFormulaErrorsHoldBackOnlyTheirSheets(String file, Map<String, String> status) {
		assertThat(status).containsEntry(file, "PARTIALLY_LOADED");
		List<String> sheets = HostileFiles.itemSheets(HostileFiles.DEPARTMENT);
		List<String> cellErrors = jdbc.sql("""
				SELECT CONCAT(f.sheet_name, '!', f.cell_ref, ' ', f.message) FROM finding f
				JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity = 'ERROR' AND f.cell_ref = 'D14' ORDER BY f.sheet_name
				""").param(file).query(String.class).list();
		assertThat(cellErrors).containsExactlyInAnyOrder(sheets.get(0) + "!D14 セルがエラー値です: #DIV/0!",
				sheets.get(1) + "!D14 セルがエラー値です: #REF!", sheets.get(2) + "!D14 セルがエラー値です: #N/A");
		assertThat(jdbc.sql("""
				SELECT iv.sheet_name FROM item_version iv JOIN submission s ON s.id = iv.submission_id WHERE s.file_name = ?
				""").param(file).query(String.class).list()).containsExactly(sheets.get(3));
	}

	private JobExecution run(Path inbox) throws Exception {
		return runs.run(inbox, work.resolve("out"));
	}

	private Map<String, String> statuses(JobExecution execution) {
		Map<String, String> status = new LinkedHashMap<>();
		jdbc.sql("SELECT file_name, status FROM submission WHERE job_execution_id = ? ORDER BY file_name")
			.param(execution.getId())
			.query((rs, n) -> status.put(rs.getString(1), rs.getString(2)))
			.list();
		return status;
	}

	private List<String> findings(String file) {
		return jdbc.sql("SELECT f.message FROM finding f JOIN submission s ON s.id = f.submission_id WHERE s.file_name = ?")
			.param(file)
			.query(String.class)
			.list();
	}

	private int versions(String file) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM item_version iv JOIN submission s ON s.id = iv.submission_id WHERE s.file_name = ?
				""").param(file).query(Integer.class).single();
	}

	private byte[] goodBytes(String department) throws IOException {
		Path scratch = Files.createDirectories(work.resolve("scratch"));
		return Files.readAllBytes(HostileFiles.goodWorkbook(scratch, department, LocalDate.of(2024, 5, 12)));
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

	/**
	 * A copy into the inbox that is still going on: a few bytes every 20 ms, never past 80 % until
	 * told to finish, when the rest arrives and the file is the whole workbook.
	 */
	private static final class SlowCopy {

		private final CountDownLatch finish = new CountDownLatch(1);

		private final Thread thread;

		private SlowCopy(Path file, byte[] content) {
			this.thread = new Thread(() -> copy(file, content), "slow-copy");
		}

		static SlowCopy start(Path file, byte[] content) throws IOException {
			Files.write(file, Arrays.copyOf(content, 512));
			SlowCopy copy = new SlowCopy(file, content);
			copy.thread.start();
			return copy;
		}

		private void copy(Path file, byte[] content) {
			try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
				int written = 512;
				while (!finish.await(20, TimeUnit.MILLISECONDS)) {
					if (written < content.length * 8 / 10) {
						out.write(content, written, 16);
						out.flush();
						written += 16;
					}
				}
				out.write(content, written, content.length - written);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void finish() throws InterruptedException {
			finish.countDown();
			thread.join();
		}

	}

}
