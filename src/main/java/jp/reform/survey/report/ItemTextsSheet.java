package jp.reform.survey.report;

import static jp.reform.survey.report.Column.Style.TEXT;
import static jp.reform.survey.report.Column.Style.WRAPPED;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.ValueKind;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * 実施項目の記述: one row per item with the texts of its form part that its plan carries — 目標, 現状と課題,
 * 取組内容, 取組方針, 関係課, the KPI written with its target, and any text an office's profile declares — so
 * what each department wrote can be read, filtered and quoted beside the figures of 実施項目一覧. Written
 * when some plan carries such a text.
 */
final class ItemTextsSheet {

	/** One row: an item of a plan. */
	private record Line(PlanSummary plan, CurrentItem item) {
	}

	private final FieldCells cells;

	ItemTextsSheet(JapaneseFormats formats) {
		this.cells = new FieldCells(formats);
	}

	/** The form texts any of the plans carries, in the vocabulary's order. */
	static List<Field> fields(List<PlanSummary> plans) {
		TreeSet<Field> fields = new TreeSet<>(Field.ORDER);
		plans.forEach(p -> fields.addAll(p.measures().formTexts()));
		return List.copyOf(fields);
	}

	private static List<SourcedValue> formValues(CurrentItem item, Field field) {
		return item.values(field).stream().filter(v -> v.fiscalYear() == null).toList();
	}

	void write(Sheet sheet, List<PlanSummary> plans, XlsxStyles s) {
		List<Line> lines = new ArrayList<>();
		plans.forEach(plan -> plan.items().forEach(item -> lines.add(new Line(plan, item))));
		List<Column<Line>> columns = new ArrayList<>();
		columns.add(Column.planName(l -> l.plan().planName(), plans.size() == 1));
		columns.add(Column.of("番号", 0, TEXT, l -> l.item().code()));
		columns.add(Column.of("実施項目", 24, WRAPPED, l -> l.item().name()));
		columns.add(Column.of("所管課", 14, WRAPPED, l -> String.join(" ", l.item().departments())));
		for (Field field : fields(plans)) {
			columns.add(Column.of(field.label(), field.kind() == ValueKind.PROSE ? 44 : 20,
					WRAPPED, l -> cells.of(l.item(), field, formValues(l.item(), field))));
		}
		columns.add(Column.of("提出ファイル", 20, WRAPPED, l -> l.item().fileName()));
		new TableSheet<>(columns, "実施項目").write(sheet, lines, s, plans.size() == 1 ? plans.get(0).planName() : null);
	}

}
