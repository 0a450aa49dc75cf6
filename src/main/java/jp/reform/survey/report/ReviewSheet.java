package jp.reform.survey.report;

import static jp.reform.survey.report.Column.Style.COUNT;
import static jp.reform.survey.report.Column.Style.TEXT;
import static jp.reform.survey.report.Column.Style.WRAPPED;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * 見直し候補: one row per item and reason, in plan order, with the judgement, the evidence (年度: 値) and
 * the cells it came from; auto-filter on every column so the committee can take one reason at a time.
 */
final class ReviewSheet {

	/** One row: a candidate of a plan. */
	private record Line(String plan, ReviewView.Row candidate) {
	}

	void write(Sheet sheet, List<ReviewView> reviews, XlsxStyles s) {
		List<Line> lines = new ArrayList<>();
		reviews.forEach(review -> review.byItem().forEach(row -> lines.add(new Line(review.planName(), row))));
		new TableSheet<>(columns(reviews.size() == 1), null).write(sheet, lines, s,
				reviews.size() == 1 ? reviews.get(0).planName() : null);
	}

	/** 根拠 and 出典セル hold one value and one cell per line. */
	private static List<Column<Line>> columns(boolean onePlan) {
		return List.of(Column.planName(Line::plan, onePlan),
				Column.of("大分類", 16, WRAPPED, l -> l.candidate().categoryCode() + " " + l.candidate().categoryName()),
				Column.of("中分類", 18, WRAPPED,
						l -> l.candidate().subcategoryCode() + " " + l.candidate().subcategoryName()),
				Column.of("No.", 0, COUNT, l -> l.candidate().itemNo()),
				Column.of("実施項目", 28, WRAPPED, l -> l.candidate().itemName()),
				Column.of("所管課", 16, WRAPPED, l -> l.candidate().lead()),
				Column.of("理由コード", 0, TEXT, l -> l.candidate().reasonCode()),
				Column.of("理由", 0, TEXT, l -> l.candidate().label()),
				Column.of("判定", 26, WRAPPED, l -> l.candidate().detail()),
				Column.of("根拠（年度・値）", 34, WRAPPED, l -> String.join("\n",
						l.candidate().evidence().stream().map(ReviewView.Evidence::text).toList())),
				Column.of("提出ファイル", 22, WRAPPED, l -> String.join("\n", l.candidate().files())),
				Column.of("出典セル", 22, WRAPPED, l -> String.join("\n", l.candidate().cells())));
	}

}
