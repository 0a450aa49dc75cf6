package jp.reform.survey.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.SampleInbox;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finds a generated form's cells as a department does: by the year table's header and the year's label. */
final class FilledForm {

	private FilledForm() {
	}

	/** The year table: its header row (the row whose first cell is 年度) and the rows under it. */
	record YearTable(Sheet sheet, Row header) {

		List<String> headers() {
			List<String> headers = new ArrayList<>();
			for (Cell cell : header) {
				headers.add(cell.getStringCellValue());
			}
			return headers;
		}

		int column(String header) {
			int column = headers().indexOf(header);
			if (column < 0) {
				throw new IllegalArgumentException("no column " + header + " in " + headers());
			}
			return column;
		}

		Row row(String yearLabel) {
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && yearLabel.equals(text(row.getCell(0)))) {
					return row;
				}
			}
			throw new IllegalArgumentException("no row " + yearLabel + " on " + sheet.getSheetName());
		}

	}

	static YearTable yearTable(Sheet sheet) {
		for (Row row : sheet) {
			if ("年度".equals(text(row.getCell(0)))) {
				return new YearTable(sheet, row);
			}
		}
		throw new IllegalArgumentException("no year table on " + sheet.getSheetName());
	}

	/**
	 * The year table of a plan card's form: 「項目/年度」 with the years across, the sub-headers (取組内容, 実施状況)
	 * on the row under them, and a row per activity.
	 */
	record ActivityTable(Sheet sheet, Row header) {

		/** The column of a sub-header under a year. */
		int column(String yearLabel, String subHeader) {
			for (Cell year : header) {
				if (yearLabel.equals(text(year))) {
					for (int c = year.getColumnIndex(); c < year.getColumnIndex() + 8; c++) {
						if (subHeader.equals(text(sheet.getRow(header.getRowNum() + 1).getCell(c)))) {
							return c;
						}
					}
				}
			}
			throw new IllegalArgumentException("no " + subHeader + " under " + yearLabel + " on " + sheet.getSheetName());
		}

		/** The activities' rows, in order: those under the sub-headers up to the first blank one. */
		List<Row> activities() {
			List<Row> rows = new ArrayList<>();
			for (int r = header.getRowNum() + 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || text(row.getCell(0)) == null) {
					break;
				}
				rows.add(row);
			}
			return rows;
		}

		Row activity(String name) {
			return activities().stream()
				.filter(r -> name.equals(text(r.getCell(0))))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no activity " + name + " on " + sheet.getSheetName()));
		}

	}

	static ActivityTable activityTable(Sheet sheet) {
		for (Row row : sheet) {
			if ("項目/年度".equals(text(row.getCell(0)))) {
				return new ActivityTable(sheet, row);
			}
		}
		throw new IllegalArgumentException("no activity table on " + sheet.getSheetName());
	}

	/** The sample inbox in {@code work/inbox}, consolidated once into {@code work/out0}: the store forms are made from. */
	static Path sampleConsolidated(ConsolidationCommand command, Path work) throws IOException {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		assertThat(command.run(inbox, work.resolve("out0"))).isEqualTo(ConsolidationCommand.OK);
		return inbox;
	}

	/** The form part's value cell of a label (column B of the row labelled so). */
	static Cell formValue(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(text(row.getCell(0)))) {
				return row.getCell(1);
			}
		}
		throw new IllegalArgumentException("no label " + label + " on " + sheet.getSheetName());
	}

	static String text(Cell cell) {
		return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
	}

}
