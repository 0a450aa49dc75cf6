package jp.reform.survey.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.intake.InboxFile;
import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.store.Submission;
import jp.reform.survey.store.SubmissionRepository;
import jp.reform.survey.vocabulary.SubmissionStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: find the workbooks, fingerprint them, register the new ones; content already seen is
 * skipped, which is what makes an unchanged inbox cheap. Files a dead run registered but never
 * loaded are taken up again as if registered now, so the end result equals an uninterrupted run.
 */
class IntakeTasklet implements Tasklet {

	static final String FOUND = "files.found";

	static final String UNCHANGED = "files.unchanged";

	/** Names of files still being copied when the run looked, one per line: left for the next run. */
	static final String CHANGING = "files.changing";

	private static final Logger log = LoggerFactory.getLogger(IntakeTasklet.class);

	private final InboxScanner scanner;

	private final SubmissionRepository submissions;

	private final Path inbox;

	IntakeTasklet(InboxScanner scanner, SubmissionRepository submissions, Path inbox) {
		this.scanner = scanner;
		this.submissions = submissions;
		this.inbox = inbox;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalStateException("受信フォルダがありません: " + inbox.toAbsolutePath());
		}
		long jobExecutionId = context.getStepContext().getStepExecution().getJobExecutionId();
		InboxScanner.Scan scan = scanner.scan(inbox);
		Map<String, String> seenNow = new HashMap<>();
		int unchanged = 0;
		// one query per 500 files rather than one per file: an unchanged inbox costs fingerprinting only
		Set<String> known = submissions.knownFingerprints(scan.files().stream().map(InboxFile::fingerprint).toList());
		Map<String, Submission> pending = new HashMap<>();
		submissions.pending().forEach(p -> pending.putIfAbsent(p.fingerprint(), p));
		for (InboxFile file : scan.files()) {
			String sameContent = seenNow.putIfAbsent(file.fingerprint(), file.name());
			if (sameContent != null) {
				unchanged++;
				log.info("変更なし（{} と同じ内容）: {}", sameContent, file.name());
				continue;
			}
			Submission left = pending.get(file.fingerprint());
			if (left != null) {
				submissions.refreshPending(left.id(), file.name(), file.path().toAbsolutePath().toString(),
						file.size(), file.modified());
				log.info("新規の提出（前回の中断で未処理のまま残っていたもの）: {}", file.name());
			}
			else if (!known.contains(file.fingerprint())) {
				submissions.register(file.name(), file.path().toAbsolutePath().toString(), file.fingerprint(),
						file.size(), file.modified(), jobExecutionId);
				log.info("新規の提出: {}", file.name());
			}
			else {
				unchanged++;
				log.info("変更なし（取込済みと同じ内容）: {}", file.name());
			}
		}
		withdrawVanishedPending(seenNow);
		scan.ignored().forEach(name -> log.info("除外（設定 reform.intake.ignore に一致）: {}", name));
		scan.folders().forEach(name -> log.warn("フォルダのため取り込みません（調査票はファイルのまま受信フォルダの直下に置いてください）: {}", name));
		scan.changing().forEach(name -> log.warn("コピー中（サイズや更新日時が変化中）のため今回は取り込みません。次回の実行で取り込みます: {}", name));
		log.info("受信フォルダ {}: ファイル {} 件（新規 {} 件、変更なし {} 件）", inbox.toAbsolutePath(), scan.files().size(),
				scan.files().size() - unchanged, unchanged);
		var jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		jobContext.putInt(FOUND, scan.files().size());
		jobContext.putInt(UNCHANGED, unchanged);
		jobContext.putString(CHANGING, String.join("\n", scan.changing()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * A pending file no longer in the inbox with the same content was registered by a run that died
	 * before loading it, and has since been removed or replaced: an uninterrupted run would never
	 * have seen it.
	 */
	private void withdrawVanishedPending(Map<String, String> seenNow) {
		for (Submission pending : submissions.pending()) {
			if (!seenNow.containsKey(pending.fingerprint())) {
				submissions.withdrawPending(pending.id());
				log.info("取り消し（前回の中断で未処理のまま、受信フォルダから無くなったか変更されたもの）: {}", pending.fileName());
			}
		}
	}

}
