package jp.reform.survey.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.feedback.FeedbackWriter;
import jp.reform.survey.report.PreviousReport;
import jp.reform.survey.report.Publication;
import jp.reform.survey.report.ReportData;
import jp.reform.survey.report.ReportState;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.CategoryNames;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.PlanPeriod;
import jp.reform.survey.store.FormDistributionRepository;
import jp.reform.survey.store.ReportSnapshot;
import jp.reform.survey.store.ReportSnapshots;
import jp.reform.survey.store.RunHistoryRepository;
import jp.reform.survey.store.StoreDigest;
import jp.reform.survey.store.SubmissionRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: settle the 大分類/中分類 names (single writer, after the parallel load), consolidate what
 * the store holds now, write each department's feedback under output/feedback/, csv, xlsx and html
 * into the output folder, and remember what was reported so the next run can show what changed.
 * When the store, the templates and the program are as they were for the last reports, only the
 * parts of summary.html that change with every run are rewritten: an unchanged inbox costs the
 * fingerprints, a few small queries and one copy of the page.
 */
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	/** How many runs the summary's run history shows, newest first (this run among them). */
	static final int RECENT_RUNS = 10;

	private final CategoryNames categoryNames;

	private final ConsolidationQueries queries;

	private final SubmissionRepository submissions;

	private final RunHistoryRepository history;

	private final Consolidator consolidator;

	private final ReportWriter writer;

	private final ReportSnapshots snapshots;

	private final FeedbackWriter feedback;

	private final FormDistributionRepository forms;

	private final StoreDigest storeDigest;

	private final Path templateDir;

	/** The settings of 見直し候補, part of the state key: a changed threshold rewrites the reports. */
	private final String reviewSettings;

	private final Path output;

	ReportTasklet(CategoryNames categoryNames, ConsolidationQueries queries, SubmissionRepository submissions,
			RunHistoryRepository history, Consolidator consolidator, ReportSnapshots snapshots, ReportWriter writer,
			FeedbackWriter feedback, FormDistributionRepository forms, StoreDigest storeDigest, Path templateDir,
			String reviewSettings, Path output) {
		this.reviewSettings = reviewSettings;
		this.storeDigest = storeDigest;
		this.templateDir = templateDir;
		this.categoryNames = categoryNames;
		this.forms = forms;
		this.queries = queries;
		this.snapshots = snapshots;
		this.submissions = submissions;
		this.history = history;
		this.consolidator = consolidator;
		this.writer = writer;
		this.feedback = feedback;
		this.output = output;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
		long jobExecutionId = context.getStepContext().getStepExecution().getJobExecutionId();
		// office time, like the run history beside it, whatever the server's zone
		LocalDateTime now = OfficeTime.now();
		// The last reports' key was taken after their names were settled: the same key now means
		// nothing was loaded since, so the names are settled already.
		// a run killed while publishing is completed first, so what is checked below is a whole set
		Publication.recover(output);
		String state = ReportState.key(storeDigest.digest() + reviewSettings, templateDir);
		Optional<ReportSnapshot> latest = snapshots.latest();
		if (latest.isPresent() && state.equals(latest.get().stateKey())
				&& Files.isDirectory(output.resolve(FeedbackWriter.FOLDER)) && writer.refresh(output, state, now, latest.get().takenAt(), history.recent(RECENT_RUNS))) {
			snapshots.repeat(latest.get(), jobExecutionId, now);
			log.info("集計内容は前回（{}）から変わっていません。summary.html の集計日時・前回からの変更・実行履歴だけを更新しました: {}",
					latest.get().takenAt(), output.toAbsolutePath());
			return RepeatStatus.FINISHED;
		}
		categoryNames.settle();
		state = ReportState.key(storeDigest.digest() + reviewSettings, templateDir);
		var periods = queries.planPeriods();
		var plans = consolidator.consolidate(queries.currentItems(), periods);
		// The previous run's report, consolidated again from the versions it reported, for 「前回からの変更」.
		PreviousReport previous = latest
			.map(s -> new PreviousReport(s.jobExecutionId(), s.takenAt(), previousPlans(s, plans, periods)))
			.orElse(null);
		ReportData data = new ReportData(plans, submissions.all(), queries.findings(), now, queries.submissionPlans(),
				previous, history.recent(RECENT_RUNS), forms.snapshot(), priorYears(periods));
		// All outputs appear together or not at all: the summary links pages written beside it.
		try (Publication publication = Publication.open(output)) {
			writer.writeInto(data, publication.staging(), output, feedback.writeInto(data, publication.staging()), state);
			publication.publish(Stream.concat(Stream.of(FeedbackWriter.FOLDER), ReportWriter.FOLDERS.stream()).toList(),
					writer.files());
		}
		writer.tidy(output);
		// Only once every file is in place: a failed write leaves the previous run as the one to compare with.
		snapshots.take(jobExecutionId, now, state);
		for (PlanSummary plan : plans) {
			log.info("集計: {} — 実施項目 {} 件（実施 {} 件）、効果額 目標 {} 千円 / 実績 {} 千円", plan.planName(), plan.planned(),
					plan.implemented(), plain(plan.totalTarget()), plain(plan.totalActual()));
		}
		log.info("出力: {}", output.toAbsolutePath());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The plans as {@code snapshot} reported them: read and consolidated again only for the plans whose
	 * item versions changed since; a plan whose versions are those reported was reported as it is now
	 * (one town's re-submission does not make the other towns' items be read twice).
	 */
	private List<PlanSummary> previousPlans(ReportSnapshot snapshot, List<PlanSummary> now, List<PlanPeriod> periods) {
		Set<String> changed = queries.plansChangedSince(snapshot);
		return Stream.concat(consolidator.consolidate(queries.itemsOf(snapshot, changed), periods).stream(),
				now.stream().filter(plan -> !changed.contains(plan.planName()))).toList();
	}

	/**
	 * Each plan's report of the report year before its latest, when the store holds one: consolidated from
	 * the versions that year's submissions (and earlier ones) stated, for 「前年度報告との比較」.
	 */
	private List<PlanSummary> priorYears(List<PlanPeriod> periods) {
		Map<String, List<Integer>> years = queries.reportYears();
		Map<Integer, List<PlanPeriod>> byPriorYear = new TreeMap<>();
		for (PlanPeriod period : periods) {
			List<Integer> own = years.getOrDefault(period.planName(), List.of());
			if (period.reportYear() == null || own.size() < 2) {
				continue;
			}
			int prior = own.stream().filter(y -> y < period.reportYear()).reduce(Integer::max).orElseThrow();
			byPriorYear.computeIfAbsent(prior, k -> new ArrayList<>())
				.add(new PlanPeriod(period.planName(), period.firstYear(), period.lastYear(), prior));
		}
		List<PlanSummary> prior = new ArrayList<>();
		byPriorYear.forEach((year, planPeriods) -> {
			Set<String> names = planPeriods.stream().map(PlanPeriod::planName).collect(Collectors.toSet());
			List<CurrentItem> items = queries.itemsReportedBy(year).stream().filter(i -> names.contains(i.planName())).toList();
			prior.addAll(consolidator.consolidate(items, planPeriods));
		});
		return prior;
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "－" : value.toPlainString();
	}

}
