package jp.reform.survey.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jp.reform.survey.fixture.HostileFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@TempDir
	Path inbox;

	@Test
	void excelLockFilesAndHiddenFilesAreNeitherSubmissionsNorReported() throws IOException {
		Files.write(inbox.resolve("R5実施報告_税務課.xlsx"), new byte[] { 'P', 'K', 3, 4 });
		HostileFiles.lockFile(inbox, "R5実施報告_税務課.xlsx");
		Files.writeString(inbox.resolve(".DS_Store"), "");
		Files.writeString(inbox.resolve("メモ.txt"), "連絡事項");

		InboxScanner.Scan scan = new InboxScanner(TOKYO).scan(inbox);

		assertThat(scan.files()).extracting(InboxFile::name).containsExactly("R5実施報告_税務課.xlsx", "メモ.txt");
		assertThat(scan.ignored()).isEmpty();
		assertThat(scan.changing()).isEmpty();
	}

	@Test
	void filesMatchingAnIgnorePatternAreLeftOutAndNamed() throws IOException {
		Files.write(inbox.resolve("R5実施報告_税務課.ods"), new byte[] { 'P', 'K', 3, 4 });
		Files.writeString(inbox.resolve("README.TXT"), "この受信フォルダの使い方");
		Files.writeString(inbox.resolve("Thumbs.db"), "x");
		Files.writeString(inbox.resolve("報告書.pdf"), "%PDF-1.7");

		InboxScanner.Scan scan = new InboxScanner(TOKYO, Duration.ZERO, List.of("readme*", "Thumbs.db")).scan(inbox);

		assertThat(scan.files()).extracting(InboxFile::name).containsExactly("R5実施報告_税務課.ods", "報告書.pdf");
		assertThat(scan.ignored()).containsExactly("README.TXT（readme*）", "Thumbs.db（Thumbs.db）");
	}

	@Test
	void anUnparsableIgnorePatternIsNamed() {
		assertThatThrownBy(() -> new InboxScanner(TOKYO, Duration.ZERO, List.of("[README")))
			.hasMessageContaining("設定 reform.intake.ignore のパターン「[README」が読めません");
	}

	@Test
	void aFileStillBeingCopiedIsLeftForTheNextRun() throws IOException {
		Path still = Files.write(inbox.resolve("A_届いた.xlsx"), new byte[] { 'P', 'K', 3, 4, 1 });
		Path copying = Files.write(inbox.resolve("B_コピー中.xlsx"), new byte[] { 'P', 'K', 3, 4 });
		// Between the two looks the copy goes on: the file grows.
		InboxScanner.Pause copyGoesOn = duration -> append(copying, new byte[1024]);

		InboxScanner.Scan first = new InboxScanner(TOKYO, Duration.ofMinutes(1), copyGoesOn).scan(inbox);

		assertThat(first.files()).extracting(InboxFile::path).containsExactly(still);
		assertThat(first.changing()).containsExactly("B_コピー中.xlsx");

		InboxScanner.Scan next = new InboxScanner(TOKYO, Duration.ofMillis(1), duration -> {
		}).scan(inbox);

		assertThat(next.files()).extracting(InboxFile::name).containsExactly("A_届いた.xlsx", "B_コピー中.xlsx");
		assertThat(next.files().get(1).size()).isEqualTo(1028);
		assertThat(next.changing()).isEmpty();
	}

	@Test
	void theRealPauseWaitsTheSettleTime() throws IOException {
		Files.write(inbox.resolve("a.xlsx"), new byte[] { 'P', 'K', 3, 4 });
		long start = System.nanoTime();

		InboxScanner.Scan scan = new InboxScanner(TOKYO, Duration.ofMillis(150)).scan(inbox);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		assertThat(scan.files()).hasSize(1);
	}

	@Test
	void filesUntouchedForTheSettleTimeAreTakenWithoutWaiting() throws IOException {
		Path old = Files.write(inbox.resolve("a.xlsx"), new byte[] { 'P', 'K', 3, 4 });
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
		InboxScanner.Pause mustNotWait = duration -> {
			throw new AssertionError("waited although no file was written to within the settle time");
		};

		InboxScanner.Scan scan = new InboxScanner(TOKYO, Duration.ofSeconds(1), mustNotWait).scan(inbox);

		assertThat(scan.files()).extracting(InboxFile::name).containsExactly("a.xlsx");
		// A file written just now makes the scanner wait (and look again) for all.
		Files.write(inbox.resolve("b.xlsx"), new byte[] { 'P', 'K', 3, 4 });
		int[] waits = new int[1];
		new InboxScanner(TOKYO, Duration.ofSeconds(1), duration -> waits[0]++).scan(inbox);
		assertThat(waits[0]).isEqualTo(1);
	}

	private static void append(Path file, byte[] bytes) {
		try {
			Files.write(file, bytes, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
