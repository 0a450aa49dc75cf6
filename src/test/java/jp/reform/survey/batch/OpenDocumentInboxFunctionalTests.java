package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.cli.ConsolidationCommand;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.Soffice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office working in LibreOffice: the 25 sample workbooks saved by real LibreOffice Calc as
 * .ods (soffice --convert-to ods) consolidate to the published 「推進項目の一覧」 exactly, and so
 * does an inbox mixing .xlsx, .xlsm, .xls and .ods.
 */
class OpenDocumentInboxFunctionalTests {

	@TempDir
	Path work;

	private final PublishedTableAssertions published = new PublishedTableAssertions();

	@Test
	void theSampleSavedAsOdsConsolidatesToThePublishedTable() throws Exception {
		List<Path> originals = SampleInbox.write(work.resolve("originals"));
		Path inbox = work.resolve("inbox");
		List<Path> converted = Soffice.convert(originals, "ods", inbox);

		Path output = work.resolve("out-ods");
		Map<String, String> statuses = run(inbox, output, "ods");

		assertThat(statuses).hasSize(25).containsOnlyKeys(converted.stream().map(p -> p.getFileName().toString()).toList());
		assertThat(statuses.values()).containsOnly("LOADED");
		published.assertAll(output);
	}

	@Test
	void aMixedInboxConsolidatesToThePublishedTable() throws Exception {
		Path inbox = work.resolve("inbox");
		List<Path> originals = SampleInbox.write(inbox);
		List<Path> every3rd = new ArrayList<>();
		for (int i = 0; i < originals.size(); i += 3) {
			every3rd.add(originals.get(i));
		}
		Soffice.convert(every3rd, "ods", inbox);
		for (Path original : every3rd) {
			Files.delete(original);
		}

		Path output = work.resolve("out-mixed");
		Map<String, String> statuses = run(inbox, output, "mixed");

		assertThat(statuses).hasSize(25);
		assertThat(statuses.keySet()).anyMatch(n -> n.endsWith(".xls")).anyMatch(n -> n.endsWith(".xlsm"))
			.anyMatch(n -> n.endsWith(".xlsx"))
			.filteredOn(n -> n.endsWith(".ods"))
			.hasSize(every3rd.size());
		assertThat(statuses.values()).containsOnly("LOADED");
		published.assertAll(output);
	}

	/** One run of the application on its own embedded database; the statuses of the files, by name. */
	private Map<String, String> run(Path inbox, Path output, String name) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReformSurveyApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:ods-" + name
						+ ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--reform.job.run-on-startup=false", "--logging.level.jp.reform.survey=WARN")) {
			int exit = context.getBean(ConsolidationCommand.class).run(inbox, output);
			assertThat(exit).isEqualTo(ConsolidationCommand.OK);
			Map<String, String> statuses = new java.util.TreeMap<>();
			context.getBean(JdbcClient.class)
				.sql("SELECT file_name, status FROM submission")
				.query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
				.list();
			return statuses;
		}
	}

}
