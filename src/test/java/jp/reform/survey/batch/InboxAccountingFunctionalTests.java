package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.Soffice;
import jp.reform.survey.report.ReportWriter;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every file in the inbox is accounted for: besides the 25 sample workbooks, a PDF of a report (by
 * LibreOffice), a CSV export, a Word document, a zip of workbooks and an .xlsb
 * each end as 対象外 with what their content is, in summary.html and in the log, and the run exits
 * 3; a README and Thumbs.db matching {@code reform.intake.ignore} are only named in the log; the
 * published figures come out exactly.
 */
@ExtendWith(OutputCaptureExtension.class)
class InboxAccountingFunctionalTests {

	@TempDir
	Path work;

	@Test
	void everyOtherFileIsNamedWithWhatItIs(CapturedOutput log) throws Exception {
		Path inbox = work.resolve("inbox");
		List<Path> workbooks = SampleInbox.write(inbox);
		Map<String, String> kinds = new LinkedHashMap<>();
		Path pdf = Soffice.convert(workbooks.get(0), "pdf", work.resolve("pdf"));
		kinds.put(Files.move(pdf, inbox.resolve("R5実施報告_印刷用.pdf")).getFileName().toString(), "PDF");
		kinds.put(Files.writeString(inbox.resolve("一覧.csv"), "計画名,所管課,効果額\n第2次行財政改革後期実施計画,税務課,1234\n")
			.getFileName()
			.toString(), "CSV などのテキスト");
		kinds.put(wordDocument(inbox.resolve("送付状.docx"), "各課の調査票を送付します。").getFileName().toString(),
				"Word 文書（.docx）");
		kinds.put(zip(inbox.resolve("調査票まとめ.zip"), Map.of("a.xlsx", Files.readAllBytes(workbooks.get(1)),
				"b.xlsx", Files.readAllBytes(workbooks.get(2)))).getFileName().toString(), "zip 圧縮ファイル");
		kinds.put(zip(inbox.resolve("R5実施報告_バイナリ.xlsb"), Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
				"xl/workbook.bin", new byte[] { 1, 2, 3 })).getFileName().toString(), "Excel バイナリブック（.xlsb）");
		Files.writeString(inbox.resolve("README.txt"), "この受信フォルダには各課の調査票を置きます。");
		Files.write(inbox.resolve("Thumbs.db"), new byte[] { 1, 2, 3 });
		Path output = work.resolve("out");

		Run first = run(inbox, output);

		assertThat(first.exit()).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
		assertThat(first.statuses()).hasSize(25 + kinds.size()).doesNotContainKeys("README.txt", "Thumbs.db");
		kinds.forEach((file, kind) -> {
			assertThat(first.statuses()).containsEntry(file, "EXCLUDED");
			assertThat(first.findings().get(file)).as(file)
				.startsWith("Excel/OpenDocument の表計算ファイルではありません（" + kind + "）");
			assertThat(log).contains("対象外（" + kind + "）: " + file);
		});
		assertThat(first.statuses().values().stream().filter("LOADED"::equals)).hasSize(25);
		assertThat(log).contains("除外（設定 reform.intake.ignore に一致）: README.txt（README*）",
				"除外（設定 reform.intake.ignore に一致）: Thumbs.db（Thumbs.db）",
				"ファイル 30 件のうち新規 30 件を処理（取込 25 件、うち一部保留 0 件、不受理 0 件、対象外 5 件）");
		new PublishedTableAssertions().assertAll(output);
		Document summary = Jsoup.parse(output.resolve(ReportWriter.SUMMARY).toFile(), "UTF-8");
		kinds.forEach((file, kind) -> {
			assertThat(summary.select("#submissions tr:contains(" + file + ")").text()).as(file).contains("対象外");
			assertThat(summary.select("#findings").text()).contains(file, "表計算ファイルではありません（" + kind + "）");
		});

		Run again = run(inbox, output);

		assertThat(again.exit()).as("reported once, as a rejected file is").isEqualTo(ConsolidationCommand.OK);
		assertThat(again.statuses()).isEqualTo(first.statuses());
	}

	private record Run(int exit, Map<String, String> statuses, Map<String, String> findings) {
	}

	private Run run(Path inbox, Path output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReformSurveyApplication.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath()
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--reform.job.run-on-startup=false", "--reform.intake.ignore=README*,Thumbs.db,desktop.ini")) {
			int exit = context.getBean(ConsolidationCommand.class).run(inbox, output);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Map<String, String> statuses = new TreeMap<>();
			jdbc.sql("SELECT file_name, status FROM submission")
				.query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
				.list();
			Map<String, String> findings = new TreeMap<>();
			jdbc.sql("SELECT s.file_name, f.message FROM finding f JOIN submission s ON s.id = f.submission_id"
					+ " WHERE s.status = 'EXCLUDED'")
				.query((rs, n) -> findings.put(rs.getString(1), rs.getString(2)))
				.list();
			return new Run(exit, statuses, findings);
		}
	}

	/** A real Word document, written by POI. */
	private static Path wordDocument(Path file, String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
		}
		return file;
	}

	private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

}
