package jp.reform.survey.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.reform.survey.report.ReportWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** output/csv/item_values.csv read back as a spreadsheet would: its header and one map per row. */
record ItemValuesCsv(List<String> header, List<Map<String, String>> rows) {

	static ItemValuesCsv of(Path output) throws IOException {
		Path file = output.resolve(ReportWriter.ITEM_VALUES);
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			if (in.read() != '\uFEFF') {
				throw new IllegalStateException(file + " does not start with a byte order mark");
			}
			CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
			return new ItemValuesCsv(parser.getHeaderNames(), parser.stream().map(CSVRecord::toMap).toList());
		}
	}

	/** Rows as text without the given columns, e.g. where a value came from. */
	List<String> rowsWithout(List<String> columns) {
		return rows.stream()
			.map(row -> header.stream().filter(c -> !columns.contains(c)).map(c -> c + "=" + row.get(c)).toList()
				.toString())
			.toList();
	}

}
