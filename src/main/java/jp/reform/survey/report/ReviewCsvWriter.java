package jp.reform.survey.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code csv/review_candidates.csv}: one row per item and reason of 見直し候補, UTF-8 with BOM for Excel,
 * with the evidence (years, values) and the cells it was read from.
 */
final class ReviewCsvWriter {

	static final String HEADER = "plan_name,category_code,category_name,subcategory_code,subcategory_name,item_no,"
			+ "item_name,lead_department,reason_code,reason,judgement,evidence_years,evidence,source_file,source_cells";

	void write(List<ReviewView> reviews, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write(HEADER + "\r\n");
			for (ReviewView review : reviews) {
				for (ReviewView.Row r : review.byItem()) {
					String years = r.evidence()
						.stream()
						.map(e -> Integer.toString(e.fiscalYear()))
						.distinct()
						.collect(Collectors.joining(";"));
					out.write(String.join(",", CsvText.text(review.planName()), CsvText.text(r.categoryCode()),
							CsvText.text(r.categoryName()), CsvText.text(r.subcategoryCode()),
							CsvText.text(r.subcategoryName()), r.itemNo() == null ? "" : r.itemNo().toString(),
							CsvText.text(r.itemName()),
							CsvText.text(r.lead()), r.reasonCode(), CsvText.text(r.label()), CsvText.text(r.detail()), years,
							CsvText.text(String.join("; ", r.evidence().stream().map(ReviewView.Evidence::text).toList())),
							CsvText.text(String.join(";", r.files())), CsvText.text(String.join(";", r.cells()))));
					out.write("\r\n");
				}
			}
		}
	}

}
