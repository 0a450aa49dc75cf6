package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jp.reform.survey.cli.ConsolidationCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jp.reform.survey.ReformSurveyApplication;
import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.SampleInbox;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.fixture.Subcategory;
import jp.reform.survey.fixture.SurveyItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partitioned load step decides exactly what a one-by-one load decides: the same rows (by
 * natural key), the same warnings in the same order, the same reports — also when workbooks race
 * to create the same plan and categories, and when they spell names differently.
 */
class ParallelLoadFunctionalTests {

	private static final String TAX = "税務課";

	@TempDir
	Path work;

	@Test
	void fourThreadsDecideWhatOneThreadDecides() throws Exception {
		Path inbox = inbox();

		Run sequential = run(inbox, 1, h2("sequential"), "sequential");
		Run parallel = run(inbox, 4, h2("parallel"), "parallel");

		assertThat(parallel.partitions()).as("worker partitions of the load step").isEqualTo(4);
		assertThat(sequential.exit()).isEqualTo(parallel.exit()).isEqualTo(ConsolidationCommand.OK);
		assertThat(parallel.database()).isEqualTo(sequential.database());
		assertThat(parallel.output()).isEqualTo(sequential.output());
		// the differently named 大分類 is settled on the earliest registered submission's name and warned about
		assertThat(parallel.database().categories()).anyMatch(c -> c.contains("Ⅲ 持続可能な財政運営"));
		assertThat(parallel.database().findings()).anyMatch(f -> f.contains("の名称「持続可能で健全な財政基盤の確立」が計画の名称"));
		// spellings of one plan or department: the shortest, then lowest, wins in any order
		assertThat(parallel.database().plans()).containsExactly("第2次行財政改革後期実施計画=第2次行財政改革後期実施計画");
		assertThat(parallel.database().departments()).contains("税務課=税務課");
	}

	/** On InnoDB, where racing inserts can also deadlock: the retried workbooks still decide the same. */
	@Test
	void onMariaDbToo() throws Exception {
		Path inbox = inbox();
		String base = "reform_parallel_" + Integer.toHexString(Path.of("").toAbsolutePath().hashCode() & 0xffff);
		MariaDbTestDatabase.recreate(base + "_seq");
		MariaDbTestDatabase.recreate(base + "_par");

		Run sequential = run(inbox, 1, MariaDbTestDatabase.SERVER + base + "_seq", "sequential");
		Run parallel = run(inbox, 4, MariaDbTestDatabase.SERVER + base + "_par", "parallel");

		assertThat(parallel.exit()).isEqualTo(sequential.exit()).isEqualTo(ConsolidationCommand.OK);
		assertThat(parallel.database()).isEqualTo(sequential.database());
		assertThat(parallel.output()).isEqualTo(sequential.output());
	}

	private static String h2(String name) {
		return "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	/** The sample inbox plus workbooks that name a 大分類 and the plan differently, one of them registered first. */
	private Path inbox() throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		SampleInbox.write(inbox);
		Plan plan = Plan.iizuka2023();
		List<SurveyItem> tax = plan.items().stream().filter(i -> i.lead().equals(TAX)).toList();
		// sorts first, so registered first: its 大分類 name becomes the plan's, the 25 others get warnings
		StandardWorkbookWriter.write(plan, TAX, LocalDate.of(2024, 4, 1), renamed(tax, "持続可能な財政運営"),
				inbox.resolve("A_税務課_旧版.xlsx"));
		// full-width digit in the plan name and a space in the department: same plan, same department
		Plan wide = new Plan("第２次行財政改革後期実施計画", plan.period(), plan.reportYear(), plan.items());
		StandardWorkbookWriter.write(wide, "税務 課", LocalDate.of(2024, 4, 2), tax, inbox.resolve("B_税務課_写し.xlsx"));
		return inbox;
	}

	private static List<SurveyItem> renamed(List<SurveyItem> items, String categoryName) {
		return items.stream().map(i -> {
			Subcategory s = i.subcategory();
			Subcategory other = new Subcategory(s.categoryCode(), categoryName, s.code(), s.name(), s.goal());
			return new SurveyItem(other, i.no(), i.departments(), i.name(), i.indicator(), i.content(), i.years());
		}).toList();
	}

	private record Run(int exit, int partitions, DatabaseSnapshot database, OutputSnapshot output) {
	}

	private Run run(Path inbox, int threads, String url, String name) throws Exception {
		boolean mariadb = url.startsWith("jdbc:mariadb:");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReformSurveyApplication.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + (mariadb ? "root" : "sa"),
					"--spring.datasource.password=", "--reform.job.run-on-startup=false",
					"--reform.load.threads=" + threads, "--logging.level.jp.reform.survey=WARN")) {
			Path output = work.resolve("out-" + name + (mariadb ? "-mariadb" : ""));
			int exit = context.getBean(ConsolidationCommand.class).run(inbox, output);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			int partitions = jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?")
				.param(LoadStepConfiguration.WORKER + ":%")
				.query(Integer.class)
				.single();
			return new Run(exit, partitions, DatabaseSnapshot.of(jdbc), OutputSnapshot.of(output));
		}
	}

}
