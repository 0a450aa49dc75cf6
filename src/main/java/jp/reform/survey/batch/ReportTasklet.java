package jp.reform.survey.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.report.ReportData;
import jp.reform.survey.report.ReportWriter;
import jp.reform.survey.store.CategoryNames;
import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.SubmissionRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: settle the 大分類/中分類 names (single writer, after the parallel load), consolidate what
 * the store holds now and write csv, xlsx and html into the output folder — unless that folder
 * already holds the reports of exactly this state (an unchanged inbox), which are then kept.
 */
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final CategoryNames categoryNames;

	private final ConsolidationQueries queries;

	private final SubmissionRepository submissions;

	private final Consolidator consolidator;

	private final ReportWriter writer;

	private final Path output;

	ReportTasklet(CategoryNames categoryNames, ConsolidationQueries queries, SubmissionRepository submissions,
			Consolidator consolidator, ReportWriter writer, Path output) {
		this.categoryNames = categoryNames;
		this.queries = queries;
		this.submissions = submissions;
		this.consolidator = consolidator;
		this.writer = writer;
		this.output = output;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
		String state = queries.stateKey();
		if (writer.isCurrent(output, state)) {
			log.info("前回の集計から変更がないため、出力はそのままです: {}", output.toAbsolutePath());
			return RepeatStatus.FINISHED;
		}
		categoryNames.settle();
		var plans = consolidator.consolidate(queries.currentItems(), queries.planPeriods());
		writer.write(new ReportData(plans, submissions.all(), queries.findings(), LocalDateTime.now()), output, state);
		for (PlanSummary plan : plans) {
			log.info("集計: {} — 実施項目 {} 件（実施 {} 件）、効果額 目標 {} 千円 / 実績 {} 千円", plan.planName(), plan.planned(),
					plan.implemented(), plain(plan.totalTarget()), plain(plan.totalActual()));
		}
		log.info("出力: {}", output.toAbsolutePath());
		return RepeatStatus.FINISHED;
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "－" : value.toPlainString();
	}

}
