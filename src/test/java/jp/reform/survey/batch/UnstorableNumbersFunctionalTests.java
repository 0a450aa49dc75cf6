package jp.reform.survey.batch;

import static jp.reform.survey.fixture.WorkbookEdits.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.HostileFiles;
import jp.reform.survey.fixture.WorkbookEdits;

import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 効果目標額 that Excel accepts but the store (DECIMAL(24, 6)) cannot hold, or a number cell
 * holding NaN: an error at its cell that holds back its item sheet; the workbook's other sheets and
 * the other workbooks load, and the run completes with exit 3 (issue 19, case 9). Subclasses give
 * the database. Likewise anything else the store refuses in one workbook only rejects that workbook.
 */
@SpringBootTest(properties = { "reform.job.run-on-startup=false", "reform.intake.settle=0s" })
abstract class UnstorableNumbersFunctionalTests {

	static final String TAX = "R5実施報告_税務課.xlsx";

	static final String ASSETS = "R5実施報告_財産活用課.xlsx";

	/** The second year's 効果目標額 of the item sheet (column D, the year rows from row 14). */
	static final String CELL = "D15";

	/** A value typed or pasted into the cell, and the message of its error. */
	enum Value {

		HUGE(c -> c.setCellValue(1E26), "値が大きすぎて保存できません（"),
		HUGE_NEGATIVE(c -> c.setCellValue(-1E308), "値が大きすぎて保存できません（"),
		PASTED_27_DIGITS(c -> c.setCellValue("123456789012345678901234567"), "値が大きすぎて保存できません（1234567890"),
		NOT_A_NUMBER(c -> c.setCellValue(Double.NaN), "セルがエラー値です: #NUM!");

		final Consumer<Cell> typing;

		final String message;

		Value(Consumer<Cell> typing, String message) {
			this.typing = typing;
			this.message = message;
		}

	}

	@Autowired
	ConsolidationCommand command;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path work;

	@BeforeEach
	void emptyStore() {
		TestData.clearStore(jdbc);
	}

	@ParameterizedTest
	@EnumSource(Value.class)
	void aNumberTheStoreCannotHoldIsAnErrorAtItsCellAndTheRunCompletes(Value value) throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		List<String> taxSheets = HostileFiles.itemSheets("税務課");
		String sheet = taxSheets.get(0);
		Path tax = HostileFiles.goodWorkbook(inbox, "税務課", LocalDate.of(2024, 5, 10));
		WorkbookEdits.edit(tax, wb -> value.typing.accept(cell(wb, sheet, CELL)));
		HostileFiles.goodWorkbook(inbox, "財産活用課", LocalDate.of(2024, 5, 12));

		int exit = command.run(inbox, work.resolve("out"));

		assertThat(exit).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
		assertThat(status(TAX)).isEqualTo("PARTIALLY_LOADED");
		assertThat(status(ASSETS)).isEqualTo("LOADED");
		assertThat(errorsAt(TAX, sheet, CELL)).singleElement().asString().startsWith(value.message);
		assertThat(heldBack(TAX)).as("the item sheet is held back").containsExactly(sheet);
		assertThat(storedSheets(TAX)).as("the workbook's other item sheets load")
			.containsExactlyInAnyOrderElementsOf(taxSheets.subList(1, taxSheets.size()));
		assertThat(Files.exists(work.resolve("out/summary.html"))).as("the reports are written").isTrue();
	}

	/**
	 * Whatever else the store refuses inside a workbook's transaction (here an 実施項目 name longer than its
	 * column, which no check before the store catches) rejects that file with a reason in Japanese; the
	 * other workbooks load and the run completes.
	 */
	@org.junit.jupiter.api.Test
	void aWorkbookTheStoreRefusesIsRejectedWithAReasonAndTheOthersLoad() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		String sheet = HostileFiles.itemSheets("税務課").get(0);
		Path tax = HostileFiles.goodWorkbook(inbox, "税務課", LocalDate.of(2024, 5, 10));
		WorkbookEdits.edit(tax, wb -> cell(wb, sheet, "B7").setCellValue("固定資産税の課税客体の的確な把握".repeat(40)));
		HostileFiles.goodWorkbook(inbox, "財産活用課", LocalDate.of(2024, 5, 12));

		int exit = command.run(inbox, work.resolve("out"));

		assertThat(exit).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
		assertThat(status(TAX)).isEqualTo("REJECTED");
		assertThat(status(ASSETS)).isEqualTo("LOADED");
		assertThat(storedSheets(TAX)).as("nothing of the refused workbook is stored").isEmpty();
		List<String> reasons = jdbc.sql("""
				SELECT f.message FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity = 'ERROR'
				""").param(TAX).query(String.class).list();
		assertThat(reasons).singleElement()
			.asString()
			.startsWith("データベースに保存できない内容が含まれているため受理できませんでした")
			.doesNotContainPattern("[A-Za-z]+(Exception|Error)");
		assertThat(Files.exists(work.resolve("out/summary.html"))).as("the reports are written").isTrue();
	}

	private String status(String file) {
		return jdbc.sql("SELECT status FROM submission WHERE file_name = ?").param(file).query(String.class).single();
	}

	private List<String> errorsAt(String file, String sheet, String cell) {
		return jdbc.sql("""
				SELECT f.message FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity = 'ERROR' AND f.sheet_name = ? AND f.cell_ref = ?
				""").params(file, sheet, cell).query(String.class).list();
	}

	private List<String> heldBack(String file) {
		return jdbc.sql("""
				SELECT f.sheet_name FROM finding f JOIN submission s ON s.id = f.submission_id
				WHERE s.file_name = ? AND f.severity = 'ERROR' AND f.message LIKE '%取り込みを保留しました%'
				""").param(file).query(String.class).list();
	}

	private List<String> storedSheets(String file) {
		return jdbc.sql("""
				SELECT v.sheet_name FROM item_version v JOIN submission s ON s.id = v.submission_id WHERE s.file_name = ?
				""").param(file).query(String.class).list();
	}

}
