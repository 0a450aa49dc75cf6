package jp.reform.survey.report;

import static jp.reform.survey.report.XlsxCells.dateTime;
import static jp.reform.survey.report.XlsxCells.number;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.normalize.AchievementRates;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 所管課別: per plan, every department expected to report (the items' lead departments) with its
 * submission state, the items it leads, how many are implemented and their effects, and the findings
 * on its newest submission; a 計 row closes each plan.
 */
final class DepartmentSheet {

	private static final String[] HEADERS = { "計画名", "所管課", "提出状況", "提出日時", "提出ファイル", "担当項目数", "実施済み",
			"未実施", "効果目標額（千円）", "効果額（千円）", "達成率（%）", "エラー", "警告" };

	private final AchievementRates rates = new AchievementRates();

	void write(Sheet sheet, List<PlanSummary> plans, Map<PlanSummary, List<DepartmentStatus>> statuses, XlsxStyles s) {
		ColumnWidths widths = new ColumnWidths().cap(0, 40).cap(4, 44);
		Row header = row(sheet, 0);
		for (int c = 0; c < HEADERS.length; c++) {
			text(header, c, HEADERS[c], s.header);
			widths.track(c, HEADERS[c]);
		}
		int r = 1;
		for (PlanSummary plan : plans) {
			List<DepartmentStatus> departments = statuses.get(plan);
			for (DepartmentStatus d : departments) {
				Row row = row(sheet, r++);
				text(row, 0, plan.planName(), s.text);
				text(row, 1, d.department(), s.text);
				text(row, 2, d.state().symbol() + " " + d.state().label(), s.text);
				dateTime(row, 3, d.latest() == null ? null : d.latest().submittedAt(), s.dateTime);
				text(row, 4, d.latest() == null ? null : d.latest().fileName(), s.text);
				number(row, 5, d.items(), s.amount);
				number(row, 6, d.implemented(), s.amount);
				number(row, 7, d.items() - d.implemented(), s.amount);
				number(row, 8, d.effectTarget(), s.amount);
				number(row, 9, d.effectActual(), s.amount);
				number(row, 10, rate(d.effectActual(), d.effectTarget()), s.rate);
				number(row, 11, d.errors(), s.amount);
				number(row, 12, d.warnings(), s.amount);
				widths.track(0, plan.planName());
				widths.track(1, d.department());
				widths.track(2, d.state().symbol() + " " + d.state().label());
				widths.track(4, d.latest() == null ? null : d.latest().fileName());
			}
			r = total(sheet, r, plan, departments, s);
		}
		widths.track(3, "2024/12/31 00:00");
		widths.apply(sheet, 8);
		header.setHeightInPoints(30);
		sheet.setColumnHidden(0, plans.size() == 1);
		sheet.createFreezePane(2, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
		PrintLayout.apply(sheet, "1:1", false, plans.size() == 1 ? plans.get(0).planName() : null);
	}

	private int total(Sheet sheet, int r, PlanSummary plan, List<DepartmentStatus> departments, XlsxStyles s) {
		Row row = row(sheet, r);
		text(row, 0, plan.planName(), s.header);
		text(row, 1, "計（" + departments.size() + "課）", s.header);
		long submitted = departments.stream().filter(d -> d.state() == DepartmentStatus.State.SUBMITTED).count();
		text(row, 2, "提出済 " + submitted + "課", s.header);
		text(row, 3, null, s.header);
		text(row, 4, null, s.header);
		int items = departments.stream().mapToInt(DepartmentStatus::items).sum();
		int implemented = departments.stream().mapToInt(DepartmentStatus::implemented).sum();
		BigDecimal target = sum(departments.stream().map(DepartmentStatus::effectTarget).toList());
		BigDecimal actual = sum(departments.stream().map(DepartmentStatus::effectActual).toList());
		number(row, 5, items, s.amountBold);
		number(row, 6, implemented, s.amountBold);
		number(row, 7, items - implemented, s.amountBold);
		number(row, 8, target, s.amountBold);
		number(row, 9, actual, s.amountBold);
		number(row, 10, rate(actual, target), s.rate);
		number(row, 11, departments.stream().mapToLong(DepartmentStatus::errors).sum(), s.amountBold);
		number(row, 12, departments.stream().mapToLong(DepartmentStatus::warnings).sum(), s.amountBold);
		return r + 1;
	}

	private BigDecimal rate(BigDecimal actual, BigDecimal target) {
		return rates.rate(actual, target).orElse(null);
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

}
