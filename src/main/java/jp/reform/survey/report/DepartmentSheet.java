package jp.reform.survey.report;

import static jp.reform.survey.report.Column.Style.AMOUNT;
import static jp.reform.survey.report.Column.Style.DATE_TIME;
import static jp.reform.survey.report.Column.Style.RATE;
import static jp.reform.survey.report.Column.Style.TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.reform.survey.consolidate.Achievement;
import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.normalize.AchievementRates;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * 所管課別: per plan, every department expected to report (the items' lead departments) with its
 * submission state, the items it leads, how many are implemented and their effects, and the findings
 * on its newest submission; a 計 row closes each plan. 実施済み, 効果額 and the average 達成度 of the items it
 * leads appear only when a plan measures them.
 */
final class DepartmentSheet {

	/** One row: a department of a plan, or the plan's 計 ({@code total}). */
	record Line(String plan, String department, String state, LocalDateTime submittedAt, String file, int items,
			Integer implemented, BigDecimal effectTarget, BigDecimal effectActual, BigDecimal rate,
			BigDecimal achievement, long errors, long warnings, boolean total) {

		Integer notImplemented() {
			return implemented == null ? null : items - implemented;
		}

	}

	private final AchievementRates rates = new AchievementRates();

	void write(Sheet sheet, List<PlanSummary> plans, Map<PlanSummary, List<DepartmentStatus>> statuses, XlsxStyles s) {
		List<Line> lines = new ArrayList<>();
		for (PlanSummary plan : plans) {
			boolean progress = plan.measures().hasProgress();
			boolean effect = plan.measures().hasEffect();
			List<DepartmentStatus> departments = statuses.get(plan);
			for (DepartmentStatus d : departments) {
				lines.add(new Line(plan.planName(), d.department(), state(d),
						d.latest() == null ? null : d.latest().submittedAt(),
						d.latest() == null ? null : d.latest().fileName(), d.items(), progress ? d.implemented() : null,
						effect ? d.effectTarget() : null, effect ? d.effectActual() : null,
						effect ? rate(d.effectActual(), d.effectTarget()) : null, achievement(plan, d.department()),
						d.errors(), d.warnings(), false));
			}
			lines.add(total(plan, departments, progress, effect));
		}
		new TableSheet<>(columns(plans), "所管課", Line::total).write(sheet, lines, s,
				plans.size() == 1 ? plans.get(0).planName() : null);
	}

	private static List<Column<Line>> columns(List<PlanSummary> plans) {
		return List.of(Column.planName(Line::plan, plans.size() == 1),
				Column.of("所管課", 0, TEXT, Line::department), Column.of("提出状況", 0, TEXT, Line::state),
				Column.of("提出日時", 0, DATE_TIME, Line::submittedAt), Column.of("提出ファイル", 0, TEXT, Line::file),
				Column.of("担当項目数", 8, AMOUNT, Line::items), Column.of("実施済み", 8, AMOUNT, Line::implemented),
				Column.of("未実施", 8, AMOUNT, Line::notImplemented),
				Column.of("効果目標額（千円）", 10, AMOUNT, Line::effectTarget),
				Column.of("効果額（千円）", 10, AMOUNT, Line::effectActual), Column.of("達成率（%）", 8, RATE, Line::rate),
				Column.of("達成度の平均（%）", 10, RATE, Line::achievement),
				Column.of("エラー", 6, AMOUNT, Line::errors), Column.of("警告", 6, AMOUNT, Line::warnings));
	}

	/** 「● 提出済」, and who sent the file when it was another department's (Ogori's one workbook). */
	private static String state(DepartmentStatus d) {
		String state = d.state().symbol() + " " + d.state().label();
		if (d.submittedBy() == null) {
			return state;
		}
		return state + "（" + (d.submittedBy().isEmpty() ? "" : d.submittedBy() + "が") + "まとめて提出）";
	}

	private Line total(PlanSummary plan, List<DepartmentStatus> departments, boolean progress, boolean effect) {
		long submitted = departments.stream().filter(d -> d.state() == DepartmentStatus.State.SUBMITTED).count();
		int items = departments.stream().mapToInt(DepartmentStatus::items).sum();
		int implemented = departments.stream().mapToInt(DepartmentStatus::implemented).sum();
		BigDecimal target = sum(departments.stream().map(DepartmentStatus::effectTarget).toList());
		BigDecimal actual = sum(departments.stream().map(DepartmentStatus::effectActual).toList());
		return new Line(plan.planName(), "計（" + departments.size() + "課）", "提出済 " + submitted + "課", null, null,
				items, progress ? implemented : null, effect ? target : null, effect ? actual : null,
				effect ? rate(actual, target) : null,
				plan.measures().achievementInHeadline() ? plan.achievement().average() : null,
				departments.stream().mapToLong(DepartmentStatus::errors).sum(),
				departments.stream().mapToLong(DepartmentStatus::warnings).sum(), true);
	}

	/**
	 * The average 達成度 of the items the department leads, in the plan's 達成度 year (half-up, two decimals,
	 * as the plan's own average); null when none of them has one, or when the plan's result is its 効果額
	 * (the standard layout's 達成率 cells are its 効果額's own).
	 */
	private static BigDecimal achievement(PlanSummary plan, String department) {
		if (!plan.measures().achievementInHeadline()) {
			return null;
		}
		List<BigDecimal> rates = plan.achievement()
			.items()
			.stream()
			.filter(a -> department.equals(a.item().leadDepartment()) && a.rate() != null)
			.map(Achievement::rate)
			.toList();
		return rates.isEmpty() ? null
				: rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
	}

	private BigDecimal rate(BigDecimal actual, BigDecimal target) {
		return rates.rate(actual, target).orElse(null);
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

}
