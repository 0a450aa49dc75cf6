package jp.reform.survey.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import jp.reform.survey.intake.InboxFile;
import jp.reform.survey.intake.InboxScanner;
import jp.reform.survey.store.SubmissionRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: find the workbooks, fingerprint them, register the new ones; content already seen is
 * skipped, which is what makes an unchanged inbox cheap.
 */
class IntakeTasklet implements Tasklet {

	static final String FOUND = "files.found";

	static final String UNCHANGED = "files.unchanged";

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
		int unchanged = 0;
		Set<String> known = submissions.knownFingerprints(scan.workbooks().stream().map(InboxFile::fingerprint).toList());
		for (InboxFile file : scan.workbooks()) {
			// a second file with the same content as one just registered counts as unchanged too
			if (!known.add(file.fingerprint())) {
				unchanged++;
				log.info("変更なし（取込済みと同じ内容）: {}", file.name());
				continue;
			}
			submissions.register(file.name(), file.path().toAbsolutePath().toString(), file.fingerprint(), file.size(),
					file.modified(), jobExecutionId);
			log.info("新規の提出: {}", file.name());
		}
		scan.ignored().forEach(name -> log.info("Excelブックではないため対象外: {}", name));
		log.info("受信フォルダ {}: ブック {} 件（新規 {} 件、変更なし {} 件）", inbox.toAbsolutePath(), scan.workbooks().size(),
				scan.workbooks().size() - unchanged, unchanged);
		var jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		jobContext.putInt(FOUND, scan.workbooks().size());
		jobContext.putInt(UNCHANGED, unchanged);
		return RepeatStatus.FINISHED;
	}

}
