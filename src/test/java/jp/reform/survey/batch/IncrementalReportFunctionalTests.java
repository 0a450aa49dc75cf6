package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.fixture.WorkbookEdits;
import jp.reform.survey.report.ReportWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A prefecture's inbox of three towns' plans; one town's 税務課 re-submits with a corrected figure. The
 * run after it builds only that plan's part of the reports (its page, its csv rows) and takes the
 * other two plans' parts from the cache — and what it publishes is, file for file and byte for byte,
 * what a full build writes, apart from the run times: a second store makes the same two runs, the
 * second one with its cache removed, so it builds everything.
 */
class IncrementalReportFunctionalTests {

	private static final List<String> TOWNS = List.of("北山町", "南川町", "東野町");

	private static final String TAX = "税務課";

	@TempDir
	Path work;

	@Test
	void oneChangedWorkbookRebuildsOnlyItsPlanAndTheResultIsAFullBuild() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		Plan sample = Plan.iizuka2023();
		Map<String, List<SurveyItem>> byDepartment = SampleInbox.byLeadDepartment(sample);
		// a few departments of each town, 税務課 among them, keep the runs short
		List<String> departments = Stream.concat(Stream.of(TAX), byDepartment.keySet().stream().limit(3)).distinct().toList();
		for (String town : TOWNS) {
			int day = 0;
			for (String department : departments) {
				StandardWorkbookWriter.write(plan(town, sample), department, LocalDate.of(2024, 5, 10).plusDays(day++),
						byDepartment.get(department), file(inbox, town, department));
			}
		}
		// 北山町's 税務課 typed a word for a figure: its feedback has a marked copy of the workbook
		WorkbookEdits.edit(file(inbox, "北山町", TAX),
				wb -> WorkbookEdits.cell(wb, byDepartment.get(TAX).get(0).sheetName(), "E15").setCellValue("多数"));
		Path out = work.resolve("out");
		Path full = work.resolve("full");
		try (ConfigurableApplicationContext store = store("incremental");
				ConfigurableApplicationContext other = store("full")) {
			assertThat(run(store, inbox, out)).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
			assertThat(run(other, inbox, full)).isEqualTo(ConsolidationCommand.COMPLETED_WITH_REJECTIONS);
			Map<String, Part> before = cache(out);
			assertThat(before).as("one cached part per plan").hasSize(3);
			assertThat(before.values()).allSatisfy(part -> assertThat(part.files()).as(part.plan())
				.containsKeys("page.html", "index-row.txt", "item_values.csv", "report.pdf"));

			// 南川町's 税務課 corrects 令和5年度 効果額 of Ⅲ-②-7: 50,205 → 51,000 千円
			StandardWorkbookWriter.write(plan("南川町", sample), TAX, LocalDate.of(2024, 6, 20),
					TaxCorrection.withActual2023(sample, 51_000L), file(inbox, "南川町", TAX));
			Thread.sleep(20); // file times that would differ if a part were written again
			assertThat(run(store, inbox, out)).as("the new file loaded").isEqualTo(ConsolidationCommand.OK);

			Map<String, Part> after = cache(out);
			assertThat(after).hasSize(3);
			Map<String, Part> kept = new TreeMap<>(after);
			kept.keySet().retainAll(before.keySet());
			assertThat(kept.values()).extracting(Part::plan)
				.as("the plans whose data did not change keep their parts, not written again")
				.containsExactlyInAnyOrder(planName("北山町"), planName("東野町"));
			kept.forEach((key, part) -> assertThat(part).as(part.plan()).isEqualTo(before.get(key)));
			assertThat(Files.readString(out.resolve(ReportWriter.CSV))).contains("51000");
			assertThat(changes(out, "南川町")).contains("50,205").contains("51,000");
			assertThat(changes(out, "北山町")).contains("前回の集計から変更はありません");
			assertThat(changes(out, "東野町")).contains("前回の集計から変更はありません");

			// The same run in the other store, its cache removed: a full build.
			Files.walk(full.resolve(ReportWriter.CACHE)).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			assertThat(run(other, inbox, full)).isEqualTo(ConsolidationCommand.OK);
			// (its keys may differ: the two stores number their rows in the order their loads finished)
			assertThat(cache(full)).as("every plan built again").hasSize(3);
		}
		Map<String, String> incremental = outputs(out);
		Map<String, String> rebuilt = outputs(full);
		assertThat(incremental.keySet()).isEqualTo(rebuilt.keySet());
		assertThat(incremental.keySet()).contains("plans/" + planName("南川町") + ".html", ReportWriter.ITEM_VALUES,
				ReportWriter.WORKBOOK + "!xl/worksheets/sheet1.xml")
			.as("each plan's report.pdf beside its page, none of all plans at once")
			.contains("plans/" + planName("北山町") + ".pdf", "plans/" + planName("南川町") + ".pdf",
					"plans/" + planName("東野町") + ".pdf")
			.doesNotContain(ReportWriter.PDF);
		incremental.forEach((name, content) -> assertThat(content).as(name).isEqualTo(rebuilt.get(name)));
	}

	/** The PDF's objects as text: read and written again without object streams. */
	private static byte[] uncompressed(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	/** 「前回の集計からの変更」 of a town's page. */
	private static String changes(Path out, String town) throws IOException {
		return Jsoup.parse(out.resolve("plans/" + planName(town) + ".html").toFile(), "UTF-8").getElementById("changes").text();
	}

	/** The application on an in-memory store of its own, as the command line runs it. */
	private static ConfigurableApplicationContext store(String name) {
		return new SpringApplicationBuilder(ReformSurveyApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:incremental-" + name
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--reform.job.run-on-startup=false", "--reform.intake.settle=0s", "--reform.report.pdf.enabled=true");
	}

	private static int run(ConfigurableApplicationContext store, Path inbox, Path output) {
		return store.getBean(ConsolidationCommand.class).run(inbox, output);
	}

	private static Plan plan(String town, Plan sample) {
		return new Plan(planName(town), sample.period(), sample.reportYear(), List.of());
	}

	private static String planName(String town) {
		return "第2次" + town + "行財政改革実施計画";
	}

	private static Path file(Path inbox, String town, String department) {
		return inbox.resolve("R5実施報告_" + town + "_" + department + ".xlsx");
	}

	/** A plan's cached part: its plan (from its page) and the modification time of each of its files. */
	record Part(String plan, Map<String, FileTime> files) {
	}

	private static Map<String, Part> cache(Path out) throws IOException {
		Map<String, Part> parts = new TreeMap<>();
		try (Stream<Path> keys = Files.list(out.resolve(ReportWriter.CACHE))) {
			for (Path key : keys.toList()) {
				Map<String, FileTime> files = new TreeMap<>();
				try (Stream<Path> list = Files.list(key)) {
					for (Path file : list.toList()) {
						files.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
					}
				}
				String page = Files.readString(key.resolve("page.html"));
				String plan = TOWNS.stream().map(IncrementalReportFunctionalTests::planName)
					.filter(name -> page.contains("data-plan=\"" + name + "\""))
					.findFirst()
					.orElseThrow();
				parts.put(key.getFileName().toString(), new Part(plan, files));
			}
		}
		return parts;
	}

	/**
	 * Every published file (the cache aside) as text with its run times blanked, each workbook as its
	 * zip entries: the blocks of the pages marked as changing with every run, run time and run history
	 * (the changes since the previous run are compared but for when that run was: both runs follow a
	 * first run of the same files, made a few seconds apart), the
	 * pages' store state key (a digest of the store's rows, which hold when each file was loaded), the
	 * feedback pages' 作成日時, the workbooks' creation time (docProps/core.xml; the zip entries' times
	 * are not compared) and report.pdf's creation time and the document id made from it.
	 */
	private static Map<String, String> outputs(Path out) throws IOException {
		Map<String, String> outputs = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(out)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = out.relativize(file).toString().replace('\\', '/');
				if (name.startsWith(ReportWriter.CACHE + "/")) {
					continue;
				}
				if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
					try (ZipFile zip = new ZipFile(file.toFile())) {
						for (ZipEntry entry : Collections.list(zip.entries())) {
							String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
							outputs.put(name + "!" + entry.getName(), entry.getName().equals("docProps/core.xml")
									? text.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "") : text);
						}
					}
				}
				else if (name.endsWith(".pdf")) {
					// its creation time, and the document id PDF derives from it; they are in compressed object
					// streams, so the document is read and written out again without them
					outputs.put(name, new String(uncompressed(file), StandardCharsets.ISO_8859_1)
						.replaceAll("/(CreationDate|ModDate) ?\\([^)]*\\)", "/$1()")
						.replaceAll("<(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)>[^<]*<", "<$1><")
						.replaceAll("/ID ?\\[[^\\]]*\\]", "/ID[]"));
				}
				else {
					outputs.put(name, withoutRunTimes(file));
				}
			}
		}
		return outputs;
	}

	private static String withoutRunTimes(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replaceAll("(?s)(<!--reform:part (?:run-time|run-history)-->\n).*?(<!--/reform:part-->)", "$1$2")
				.replaceAll("作成日時: [^　<]*", "作成日時: ")
				.replaceAll("前回の集計（[^）]*）と比べた", "前回の集計（）と比べた")
				.replaceAll("<meta name=\"reform-report-state\" content=\"[0-9a-f]*\">", "<meta name=\"reform-report-state\">");
		}
	}

}
