package jp.reform.survey.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.consolidate.Consolidator;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.PlanPeriod;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.store.Submission;
import jp.reform.survey.vocabulary.SubmissionStatus;
import jp.reform.survey.vocabulary.Field;

/** Small hand-made plans for report tests: items with values on rows 14–15 of their sheets, 令和元年度–2年度. */
final class ReportFixtures {

	static final String PLAN = "テスト計画";

	static final List<Integer> YEARS = List.of(2019, 2020);

	private ReportFixtures() {
	}

	/** An item of Ⅰ-① with 進捗, 効果目標額/効果額 and a KPI per year; amounts in 千円. */
	static CurrentItem item(long id, int no, String name, String lead, String file, String[] progress, long[] targets,
			long[] actuals, String[] kpi) {
		List<SourcedValue> values = new ArrayList<>();
		String sheet = "Ⅰ-①-" + no;
		for (int i = 0; i < YEARS.size(); i++) {
			int year = YEARS.get(i);
			int row = 14 + i;
			values.add(new SourcedValue(Field.YEAR_LABEL, year, null, null, null, null, false, "R" + (i + 1), sheet,
					"A" + row));
			if (progress[i] != null) {
				values.add(new SourcedValue(Field.PROGRESS, year, null, progress[i], null, null, false, progress[i],
						sheet, "C" + row));
			}
			values.add(number(Field.EFFECT_TARGET, year, targets[i], sheet, "D" + row));
			values.add(number(Field.EFFECT_ACTUAL, year, actuals[i], sheet, "E" + row));
			if (kpi[i] != null) {
				values.add(new SourcedValue(Field.KPI_ACTUAL, year, new BigDecimal(kpi[i]), null, null, null, false,
						kpi[i], sheet, "G" + row));
			}
		}
		return new CurrentItem(id, PLAN, 1, "Ⅰ", "市民協働", 1, "①", "まちづくり", no, name, lead, List.of(lead, "関係課"),
				"加入率", "%", file, LocalDateTime.of(2024, 5, 10, 9, 0), values);
	}

	private static SourcedValue number(Field field, int year, long value, String sheet, String cell) {
		return new SourcedValue(field, year, BigDecimal.valueOf(value), null, null, null, false,
				String.format("%,d", value), sheet, cell);
	}

	static PlanSummary plan(List<CurrentItem> items) {
		return new Consolidator().consolidate(items, List.of(new PlanPeriod(PLAN, 2019, 2020, 2020))).get(0);
	}

	static Submission submission(long id, String file, String department, SubmissionStatus status, long job) {
		return new Submission(id, file, "/inbox/" + file, "f" + id, 1000, LocalDateTime.of(2024, 5, 1, 0, 0),
				LocalDateTime.of(2024, 5, (int) (9 + id), 9, 0), department, status, 1, job);
	}

}
