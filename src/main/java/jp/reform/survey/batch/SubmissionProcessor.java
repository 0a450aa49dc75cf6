package jp.reform.survey.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Comparator;

import jp.reform.survey.forms.FormYearCheck;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.store.SurveyStore;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.survey.FormMetadata;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.survey.SurveyItem;
import jp.reform.survey.survey.SurveyReader;
import jp.reform.survey.survey.SurveyResult;
import jp.reform.survey.workbook.NotASpreadsheetException;
import jp.reform.survey.workbook.WorkbookGrid;
import jp.reform.survey.workbook.WorkbookReadException;
import jp.reform.survey.workbook.WorkbookReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and normalises one workbook. Whatever goes wrong with one file becomes its rejection
 * reason; it never stops the other files.
 */
class SubmissionProcessor implements ItemProcessor<Submission, LoadedSubmission> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);

	private static final String EXPECTED = "Excel（.xlsx / .xlsm / .xls）または OpenDocument（.ods）の調査票";

	static final String UNEXPECTED = "読み取り中に予期しないエラーが発生したため受理できませんでした。"
			+ "Excel で開いて保存し直してから再提出してください（事務局は実行時のデバッグログで詳細を確認できます）";

	private final WorkbookReader workbooks;

	private final SurveyReader surveys;

	private final FormYearCheck formYears;

	SubmissionProcessor(WorkbookReader workbooks, SurveyReader surveys, FormYearCheck formYears) {
		this.workbooks = workbooks;
		this.surveys = surveys;
		this.formYears = formYears;
	}

	@Override
	public LoadedSubmission process(Submission submission) {
		SurveyResult result;
		try {
			WorkbookGrid grid = workbooks.read(Path.of(submission.filePath()));
			result = surveys.read(grid);
		}
		catch (NotASpreadsheetException ex) {
			log.warn("対象外（{}）: {} — {}", ex.kind().label(), submission.fileName(), ex.getMessage());
			return new LoadedSubmission(submission, null, null,
					new Finding(Severity.ERROR, null, null, ex.getMessage(), EXPECTED), true);
		}
		catch (WorkbookReadException ex) {
			log.warn("不受理: {} — {}", submission.fileName(), ex.getMessage());
			return rejected(submission, ex.getMessage());
		}
		catch (RuntimeException ex) {
			// the department reads the reason: what to do, never a Java class name (the debug log has the trace)
			log.error("不受理（読み取り中の予期しないエラー、詳細はデバッグログ）: " + submission.fileName(), ex);
			return rejected(submission, UNEXPECTED);
		}
		Optional<String> wrongForm = formYears.problem(result.form());
		if (wrongForm.isPresent()) {
			log.warn("不受理: {} — {}", submission.fileName(), wrongForm.get());
			return new LoadedSubmission(submission, result, null,
					new Finding(Severity.ERROR, FormMetadata.SHEET, null, wrongForm.get(), "最新の調査票"));
		}
		SubmissionStatus status = SubmissionStatus.judged(!result.items().isEmpty(), result.hasErrors(),
				result.hasWarnings());
		LocalDateTime submittedAt = result.cover().submittedAt() != null ? result.cover().submittedAt()
				: submission.fileModifiedAt();
		String from = result.cover().submittedAt() != null ? "提出日" : "ファイル更新日時";
		String department = result.cover().department() != null ? result.cover().department()
				: result.items().stream().map(SurveyItem::leadDepartment).findFirst().orElse(null);
		log.info("{}: {}（実施項目 {} 件、エラー {} 件、警告 {} 件）", status.label(), submission.fileName(), result.items().size(),
				count(result, Severity.ERROR), count(result, Severity.WARNING));
		return new LoadedSubmission(submission, result,
				new SurveyStore.Outcome(status, submittedAt, from, department), null);
	}

	private static LoadedSubmission rejected(Submission submission, String reason) {
		return new LoadedSubmission(submission, null, null,
				new Finding(Severity.ERROR, null, null, reason, EXPECTED));
	}

	private static long count(SurveyResult result, Severity severity) {
		return result.findings().stream().filter(f -> f.severity() == severity).count();
	}

}
