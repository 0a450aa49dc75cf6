package jp.reform.survey.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.YearRange;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.vocabulary.Finding;

/** Reads the optional cover sheet 「表紙」: plan, period, report year, department, 提出日. */
final class CoverSheetReader {

	private static final Pattern WESTERN_DATE = Pattern.compile("(\\d{4})\\s*[/年.\\-]\\s*(\\d{1,2})\\s*[/月.\\-]\\s*(\\d{1,2})");

	private static final Pattern ERA_DATE = Pattern.compile("(令和|平成|R|H)\\s*(元|\\d{1,2})\\s*[年.]\\s*(\\d{1,2})\\s*[月.]\\s*(\\d{1,2})");

	private final FiscalYears fiscalYears;

	private final Map<String, CoverKey> coverLabels;

	CoverSheetReader(FiscalYears fiscalYears, Map<String, CoverKey> coverLabels) {
		this.fiscalYears = fiscalYears;
		this.coverLabels = Map.copyOf(coverLabels);
	}

	/** True when the sheet carries cover labels such as 提出日 or 報告年度. */
	boolean looksLikeCover(SheetLabels sheet) {
		Map<CoverKey, GridCell> labels = labels(sheet);
		return labels.containsKey(CoverKey.SUBMITTED) || labels.containsKey(CoverKey.REPORT_YEAR)
				|| labels.containsKey(CoverKey.PERIOD);
	}

	CoverInfo read(SheetLabels labels, List<Finding> findings) {
		SheetGrid sheet = labels.sheet();
		Map<CoverKey, GridCell> values = labels(labels);
		String plan = text(values.get(CoverKey.PLAN_NAME));
		Integer first = null;
		Integer last = null;
		GridCell period = values.get(CoverKey.PERIOD);
		if (period != null) {
			Normalized<YearRange> range = fiscalYears.parseRange(period.display(), null);
			if (range instanceof Normalized.Value<YearRange> r) {
				first = r.value().first();
				last = r.value().last();
			}
			else {
				findings.add(Finding.warning(sheet.name(), period.ref(), "計画期間が読めません: " + period.display()));
			}
		}
		Integer reportYear = null;
		GridCell report = values.get(CoverKey.REPORT_YEAR);
		if (report != null) {
			Normalized<Integer> year = report.isNumber() ? fiscalYears.parse(report.number().toPlainString(), null)
					: fiscalYears.parse(report.display(), null);
			if (year instanceof Normalized.Value<Integer> y) {
				reportYear = y.value();
			}
			else {
				findings.add(Finding.warning(sheet.name(), report.ref(), "報告年度が読めません: " + report.display()));
			}
		}
		LocalDateTime submitted = null;
		GridCell date = values.get(CoverKey.SUBMITTED);
		if (date != null) {
			submitted = date.date() != null ? date.date() : parseDate(date.display());
			if (submitted == null) {
				findings.add(Finding.warning(sheet.name(), date.ref(),
						"提出日が日付として読めません（ファイルの更新日時を使います）: " + date.display()));
			}
		}
		return new CoverInfo(plan, first, last, reportYear, text(values.get(CoverKey.DEPARTMENT)),
				text(values.get(CoverKey.PERSON)), submitted);
	}

	private Map<CoverKey, GridCell> labels(SheetLabels labels) {
		Map<CoverKey, GridCell> found = new EnumMap<>(CoverKey.class);
		for (SheetLabels.Row row : labels.rows()) {
			for (SheetLabels.Label label : row.labels()) {
				CoverKey key = coverLabels.get(label.canonical());
				if (key != null) {
					labels.sheet().valueRightOf(row.row(), label.cell().col()).ifPresent(v -> found.putIfAbsent(key, v));
				}
			}
		}
		return found;
	}

	private static String text(GridCell cell) {
		return cell == null ? null : cell.display().strip();
	}

	static LocalDateTime parseDate(String text) {
		String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
		Matcher w = WESTERN_DATE.matcher(s);
		if (w.find()) {
			return date(Integer.parseInt(w.group(1)), w.group(2), w.group(3));
		}
		Matcher e = ERA_DATE.matcher(s);
		if (e.find()) {
			int n = e.group(2).equals("元") ? 1 : Integer.parseInt(e.group(2));
			int base = e.group(1).startsWith("令") || e.group(1).equals("R") ? 2018 : 1988;
			return date(base + n, e.group(3), e.group(4));
		}
		return null;
	}

	private static LocalDateTime date(int year, String month, String day) {
		try {
			return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).atStartOfDay();
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

}
