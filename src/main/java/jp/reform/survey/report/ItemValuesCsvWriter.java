package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.reform.survey.consolidate.PlanSummary;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * {@code csv/item_values.csv}: every stored value of every current item, one row each, tidy (one datum per
 * cell, the item's identity repeated on every row so a filter or pivot needs no join), UTF-8 with BOM for
 * Excel. Texts are as stored (prose whole, departments one per line), numbers exact and plain.
 */
final class ItemValuesCsvWriter {

	static final String HEADER = "plan_name,category_code,category_name,subcategory_code,subcategory_name,item_no,"
			+ "item_name,lead_department,departments,field,field_label,fiscal_year,activity,text,number,unit,bound,"
			+ "approximate,raw_text,file_name,sheet_name,cell";

	/** Form values first, then year by year; within one, in the vocabulary's order, then by activity, ties as stored. */
	private static final Comparator<SourcedValue> ORDER = Comparator
		.comparing(SourcedValue::fiscalYear, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(SourcedValue::field, Field.ORDER)
		.thenComparing(SourcedValue::line, Comparator.nullsFirst(Comparator.naturalOrder()));

	/** Between the departments of one item: 「、」 never occurs in a name, since it separates them when typed. */
	private static final String DEPARTMENT_SEPARATOR = "、";

	void write(List<PlanSummary> plans, Path file) throws IOException {
		try (Writer out = CsvText.create(file, HEADER)) {
			for (PlanSummary plan : plans) {
				for (CurrentItem item : plan.items()) {
					String identity = String.join(",", CsvText.text(item.planName()), CsvText.text(item.categoryCode()),
							CsvText.text(item.categoryName()), CsvText.text(item.subcategoryCode()),
							CsvText.text(item.subcategoryName()), Integer.toString(item.itemNo()),
							CsvText.text(item.name()), CsvText.text(item.leadDepartment()),
							CsvText.text(String.join(DEPARTMENT_SEPARATOR, item.departments())));
					Map<Integer, String> activities = new HashMap<>();
					item.values(Field.ACTIVITY).stream().filter(a -> a.line() != null)
						.forEach(a -> activities.put(a.line(), a.text()));
					for (SourcedValue v : item.values().stream().sorted(ORDER).toList()) {
						out.write(String.join(",", identity, CsvText.text(v.field().key()),
								CsvText.text(v.field().label()),
								v.fiscalYear() == null ? "" : v.fiscalYear().toString(),
								CsvText.text(v.line() == null ? null : activities.get(v.line())), CsvText.text(v.text()),
								CsvText.number(v.number()), CsvText.text(v.unit()), CsvText.text(v.comparator()),
								v.approximate() ? "1" : "0", CsvText.text(v.raw()), CsvText.text(item.fileName()),
								CsvText.text(v.sheet()), CsvText.text(v.cell())));
						out.write("\r\n");
					}
				}
			}
		}
	}

}
