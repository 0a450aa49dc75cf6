package jp.reform.survey.report;

import static jp.reform.survey.report.XlsxCells.number;
import static jp.reform.survey.report.XlsxCells.row;
import static jp.reform.survey.report.XlsxCells.text;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 見直し候補: one row per item and reason, in plan order, with the judgement, the evidence (年度: 値) and
 * the cells it came from; auto-filter on every column so the committee can take one reason at a time.
 */
final class ReviewSheet {

	static final String[] HEADERS = { "計画名", "大分類", "中分類", "No.", "実施項目", "所管課", "理由コード", "理由", "判定",
			"根拠（年度・値）", "提出ファイル", "出典セル" };

	/** Columns whose text may be longer than their cap: they wrap, the row growing to fit. */
	private static final int[] WRAPPED = { 1, 2, 4, 5, 8, 9, 10, 11 };

	void write(Sheet sheet, List<ReviewView> reviews, XlsxStyles s) {
		// 根拠 and 出典セル hold one value and one cell per line
		ColumnWidths widths = new ColumnWidths().cap(0, 24).cap(1, 16).cap(2, 18).cap(4, 28).cap(5, 16).cap(8, 26)
			.cap(9, 34).cap(10, 22).cap(11, 22);
		Row header = row(sheet, 0);
		for (int c = 0; c < HEADERS.length; c++) {
			text(header, c, HEADERS[c], s.header);
			widths.track(c, HEADERS[c]);
		}
		int r = 1;
		for (ReviewView review : reviews) {
			for (ReviewView.Row candidate : review.byItem()) {
				Row row = row(sheet, r++);
				String[] texts = { review.planName(), candidate.categoryCode() + " " + candidate.categoryName(),
						candidate.subcategoryCode() + " " + candidate.subcategoryName(), null, candidate.itemName(),
						candidate.lead(), candidate.reasonCode(), candidate.label(), candidate.detail(),
						String.join("\n", candidate.evidence().stream().map(ReviewView.Evidence::text).toList()),
						String.join("\n", candidate.files()), String.join("\n", candidate.cells()) };
				for (int c = 0; c < texts.length; c++) {
					if (c == 3) {
						number(row, c, candidate.itemNo() == null ? null : BigDecimal.valueOf(candidate.itemNo()), s.count);
						continue;
					}
					text(row, c, texts[c], wrapped(c) ? s.wrapped : s.text);
					widths.track(c, texts[c]);
				}
				widths.fitRowHeight(row, texts, WRAPPED);
			}
		}
		widths.apply(sheet, 6);
		sheet.setColumnHidden(0, reviews.size() == 1);
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
		PrintLayout.apply(sheet, "1:1", false, reviews.size() == 1 ? reviews.get(0).planName() : null);
	}

	private static boolean wrapped(int col) {
		return java.util.Arrays.stream(WRAPPED).anyMatch(c -> c == col);
	}

}
