package jp.reform.survey.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;

/**
 * An office's profile tried on one workbook without the database: per sheet, the layout it is read in, every
 * label of the profile found (with its cell) or not (with the sheet's most similar label), every value read with
 * its cell and normalised value, and the findings — in Japanese, so the office fixes its profile in seconds.
 */
public final class ProfileTrial {

	/** The outcome: the text to show, and whether the profile read an item without errors. */
	public record Outcome(String report, boolean readItems, boolean errors) {
	}

	private static final FiscalYears FISCAL_YEARS = new FiscalYears();

	private final LayoutProfile tried;

	private final SurveyReader reader;

	private final CanonicalLabels canonical = new CanonicalLabels();

	private ProfileTrial(LayoutProfile tried, LayoutProfiles profiles) {
		this.tried = tried;
		this.reader = new SurveyReader(profiles);
	}

	/** The shipped profiles and {@code profileFile} (which replaces a shipped one of its name). */
	public static ProfileTrial of(Path profileFile) {
		LayoutProfiles profiles = LayoutProfiles.withFiles(List.of(profileFile));
		LayoutProfile tried = profiles.all()
			.stream()
			.filter(p -> p.source().equals(profileFile.toString()))
			.findFirst()
			.orElseThrow();
		return new ProfileTrial(tried, profiles);
	}

	public Outcome run(WorkbookGrid workbook) {
		SurveyResult result = reader.read(workbook);
		StringBuilder out = new StringBuilder();
		out.append("様式定義「").append(tried.name()).append("」（").append(tried.title()).append("）を「")
			.append(workbook.fileName()).append("」で試しました。データベースには何も書き込みません。\n");
		boolean readItems = false;
		for (SheetGrid sheet : workbook.sheets()) {
			if (sheet.hidden() || sheet.isEmpty()) {
				continue;
			}
			out.append("\n■ シート「").append(sheet.name()).append("」\n");
			SheetLabels labels = new SheetLabels(sheet, canonical);
			LayoutProfile layout = reader.layoutOf(sheet).orElse(null);
			if (layout == tried) {
				out.append("  様式: ").append(tried.name()).append(" として読みました\n");
			}
			else if (layout == null && reader.isCover(sheet)) {
				out.append("  様式: 表紙として読みました\n");
				continue;
			}
			else if (layout == null && tried.formLabels().keySet().stream().noneMatch(labels.present()::containsKey)) {
				out.append("  様式: この様式の見出しが1つもないシートです（表紙・メモなど）\n");
			}
			else {
				out.append("  様式: ").append(layout == null ? "どの様式にも当てはまりません"
						: layout.name() + "（" + layout.title() + "）として読みました。試している様式ではありません").append('\n');
				detect(labels, out);
			}
			if (layout == tried || layout == null && tried.formLabels().keySet().stream().anyMatch(labels.present()::containsKey)) {
				labels(labels, out);
			}
			for (SurveyItem item : result.items()) {
				if (item.sheet().equals(sheet.name())) {
					readItems |= layout == tried;
					values(item, out);
				}
			}
			findings(result.findings().stream().filter(f -> sheet.name().equals(f.sheet())).toList(), out);
		}
		List<Finding> whole = result.findings().stream().filter(f -> f.sheet() == null).toList();
		if (!whole.isEmpty()) {
			out.append("\n■ ファイル全体\n");
			findings(whole, out);
		}
		boolean errors = result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
		out.append('\n').append(readItems && !errors ? "この様式定義で読めました。"
				: readItems ? "読めた実施項目はありますが、エラーがあります。上の指摘を確かめてください。"
						: "この様式定義では実施項目を1つも読めませんでした。見つからない見出しと指摘を確かめてください。").append('\n');
		return new Outcome(out.toString(), readItems, errors);
	}

	/** Why the tried profile is not this sheet's layout: which detect labels are missing. */
	private void detect(SheetLabels labels, StringBuilder out) {
		for (Field field : tried.detect()) {
			List<String> own = tried.labelsOf(field);
			if (own.stream().noneMatch(labels.present()::containsKey)) {
				out.append("  この様式と判定する見出し（detect の ").append(field.key()).append("）「")
					.append(String.join("」「", own)).append("」がありません")
					.append(LabelHints.nearest(labels, tried, own)
						.map(c -> "。似た見出し: " + text(c) + "（" + c.ref() + "）")
						.orElse(""))
					.append('\n');
			}
		}
	}

	/** Every label of the tried profile: where it is, or that it is not there and what is most like it. */
	private void labels(SheetLabels labels, StringBuilder out) {
		out.append("  見出し（form）:\n");
		Map<Field, List<String>> form = new LinkedHashMap<>();
		tried.formLabels().forEach((label, field) -> form.computeIfAbsent(field, f -> new ArrayList<>()).add(label));
		form.entrySet().stream().sorted(Map.Entry.comparingByKey(Field.ORDER)).forEach(e -> label(labels,
				e.getKey().label() + "（" + e.getKey().key() + "）", e.getValue(), "form の " + e.getKey().key(), out));
		YearTableLayout table = tried.yearTable();
		if (!table.yearHeaders().isEmpty()) {
			out.append("  年度の表").append(table.yearsAcross() ? "（年度が横に並ぶ）" : "").append(":\n");
			label(labels, "年度の見出し", List.copyOf(table.yearHeaders()), "yearTable.year", out);
		}
		else {
			out.append("  年度の表（一覧の見出しの行に年度が横に並ぶ）:\n");
		}
		byField(table.rows()).forEach((field, own) -> label(labels, "行 " + field.label() + "（" + field.key() + "）", own,
				"yearTable.rows の " + field.key(), out));
		byField(table.columns()).forEach((field, own) -> label(labels, (table.yearsAcross() ? "年度の下の見出し " : "列 ")
				+ field.label() + "（" + field.key() + "）", own, "yearTable.columns の " + field.key(), out));
	}

	private static Map<Field, List<String>> byField(Map<String, Field> byLabel) {
		Map<Field, List<String>> fields = new java.util.TreeMap<>(Field.ORDER);
		byLabel.forEach((label, field) -> fields.computeIfAbsent(field, f -> new ArrayList<>()).add(label));
		return fields;
	}

	private void label(SheetLabels labels, String what, List<String> own, String key, StringBuilder out) {
		GridCell found = own.stream().map(labels.present()::get).filter(c -> c != null).findFirst().orElse(null);
		if (found != null) {
			out.append("    ✓ ").append(what).append(": ").append(text(found)).append("（").append(found.ref()).append("）\n");
			return;
		}
		out.append("    ✗ ").append(what).append(": 「").append(String.join("」「", own)).append("」が見つかりません")
			.append(LabelHints.nearest(labels, tried, own)
				.map(c -> "。似た見出し: " + text(c) + "（" + c.ref() + "）→ 同じ意味なら " + key + " に加えます")
				.orElse(""))
			.append('\n');
	}

	private static void values(SurveyItem item, StringBuilder out) {
		out.append("  実施項目 ").append(item.category().code()).append('-').append(item.subcategory().code()).append('-')
			.append(item.itemNo()).append(' ').append(item.name()).append("（計画 ").append(item.planName())
			.append("、所管課 ").append(String.join("、", item.departments())).append("）\n");
		for (SourcedValue v : item.values()) {
			out.append("    ").append(v.cell()).append(' ');
			if (v.fiscalYear() != null) {
				out.append(FISCAL_YEARS.label(v.fiscalYear())).append(' ');
			}
			if (v.line() != null) {
				out.append("項目").append(v.line()).append(' ');
			}
			out.append(v.field().label()).append("（").append(v.field().key()).append("）: ").append(shown(v));
			if (v.raw() != null && !v.raw().strip().equals(shown(v))) {
				out.append("　← 記入「").append(oneLine(v.raw())).append("」");
			}
			out.append('\n');
		}
	}

	private static String shown(SourcedValue v) {
		if (v.number() == null) {
			return v.text() == null ? "" : oneLine(v.text());
		}
		return (v.text() == null || v.text().isBlank() ? "" : oneLine(v.text()) + " ") + (v.approximate() ? "約" : "")
				+ (v.comparator() == null ? "" : v.comparator()) + v.number().toPlainString()
				+ (v.unit() == null ? "" : " " + v.unit());
	}

	private static void findings(List<Finding> findings, StringBuilder out) {
		Set<Severity> shown = Set.of(Severity.ERROR, Severity.WARNING);
		for (Finding f : findings) {
			if (shown.contains(f.severity())) {
				out.append("  ").append(f.severity().label()).append(f.cell() == null ? "" : " " + f.cell()).append(": ")
					.append(f.message()).append(f.expected() == null ? "" : "（期待される記入: " + f.expected() + "）")
					.append('\n');
			}
		}
	}

	private static String text(GridCell cell) {
		return oneLine(cell.text());
	}

	private static String oneLine(String text) {
		String one = text.strip().replaceAll("\\s+", " ");
		return one.length() > 60 ? one.substring(0, 60) + "…" : one;
	}

}
