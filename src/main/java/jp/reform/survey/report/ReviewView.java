package jp.reform.survey.report;

import java.util.Comparator;
import java.util.List;

/**
 * 見直し候補 of one plan as the reports show them: the candidates grouped by reason, in the order of the
 * rules, each reason with its wording (also when it has no candidate, so the page says so).
 *
 * @param latestYear the year the rules judged as of (和暦), or null
 */
public record ReviewView(String planName, String latestYear, List<Group> groups, long items) {

	/** One reason: its code, the office's label and the items it found. */
	public record Group(String code, String label, List<Row> rows) {
	}

	/**
	 * One item under one reason.
	 *
	 * @param position the item's place in the plan's item list (a whole 中分類: its first item's, less a half)
	 * @param code Ⅱ-②-2, or Ⅱ-② for a 中分類 as a whole
	 * @param itemNo null for a 中分類 as a whole
	 * @param lead the lead department (a whole 中分類: those of the items carrying the evidence)
	 * @param files the workbooks the evidence comes from
	 * @param detailId the id of the item's 内訳 row in the item list, which the candidate links to; null for
	 *        a whole 中分類
	 */
	public record Row(double position, String code, String categoryCode, String categoryName, String subcategoryCode,
			String subcategoryName, Integer itemNo, String itemName, String lead, String reasonCode, String label,
			String detail, List<Evidence> evidence, List<String> files, String detailId) {

		/** The evidence cells, 'Ⅱ-②-2'!C14 — with the workbook, '[file]Ⅱ-②-2'!C14, when they come from several. */
		public List<String> cells() {
			return evidence.stream().map(e -> e.cell(files.size() > 1)).toList();
		}

		/** The years of the evidence (令和元年度・令和2年度…), one per year. */
		public String years() {
			return String.join("・", evidence.stream().map(Evidence::year).distinct().toList());
		}

	}

	/** One triggering value: its year, what it is (進捗, 効果額 …), the value shown with its source cell. */
	public record Evidence(String year, int fiscalYear, String field, ValueView value) {

		/** 「令和3年度 進捗: 検討」 */
		public String text() {
			return year + " " + field + ": " + value.text();
		}

		/** 'Ⅱ-②-2'!F16 as Excel names a cell of another sheet; '[file.xlsx]Ⅱ-②-2'!F16 with the workbook. */
		public String cell(boolean withFile) {
			String sheet = (withFile ? "[" + value.source().file() + "]" : "") + value.source().sheet();
			return "'" + sheet.replace("'", "''") + "'!" + value.source().cell();
		}

	}

	public int count() {
		return groups.stream().mapToInt(g -> g.rows().size()).sum();
	}

	/** Every candidate in item order (plan order, then reason), for the csv and the workbook. */
	public List<Row> byItem() {
		return groups.stream()
			.flatMap(g -> g.rows().stream())
			.sorted(Comparator.comparingDouble(Row::position).thenComparing(r -> reasonIndex(r.reasonCode())))
			.toList();
	}

	private int reasonIndex(String code) {
		for (int i = 0; i < groups.size(); i++) {
			if (groups.get(i).code().equals(code)) {
				return i;
			}
		}
		return groups.size();
	}

}
