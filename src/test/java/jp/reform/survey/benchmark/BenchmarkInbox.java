package jp.reform.survey.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.reform.survey.fixture.Plan;
import jp.reform.survey.fixture.StandardWorkbookWriter;
import jp.reform.survey.fixture.SurveyItem;
import jp.reform.survey.fixture.YearRow;

/**
 * A prefecture's inbox: municipalities of 25–35 departments each, every department returning the
 * standard survey workbook with 3–8 item sheets (cover, merged form cells, 達成率 and 計 formulas,
 * a hidden drop-down list sheet, Japanese text throughout). Items are Iizuka's 54 items re-dealt to
 * each municipality with its own numbering and amounts, so every workbook is distinct. Seeded: the
 * same seed gives the same files.
 */
final class BenchmarkInbox {

	private static final String[] FIRST = { "北", "南", "東", "西", "中", "新", "大", "小", "上", "下", "高", "長", "若", "白",
			"青", "朝" };

	private static final String[] SECOND = { "山", "川", "原", "野", "田", "浜", "島", "沢", "津", "岡", "森", "崎", "宮",
			"里", "瀬", "谷" };

	private BenchmarkInbox() {
	}

	/** One file to write: its name, the municipality's plan, the department and its items. */
	record Workbook(String fileName, Plan plan, String department, LocalDate submitted, List<SurveyItem> items) {
	}

	static List<Workbook> plan(int count, long seed) {
		Random random = new Random(seed);
		Plan template = Plan.iizuka2023();
		List<String> departments = template.items()
			.stream()
			.flatMap(item -> item.departments().stream())
			.distinct()
			.toList();
		List<String> cities = cityNames(random);
		List<Workbook> workbooks = new ArrayList<>(count);
		for (int city = 0; workbooks.size() < count; city++) {
			String name = cities.get(city % cities.size()) + (city >= cities.size() ? String.valueOf(city / cities.size() + 1) : "");
			Plan plan = new Plan("第2次" + name + "行財政改革実施計画", template.period(), template.reportYear(), List.of());
			int size = Math.min(25 + random.nextInt(11), departments.size());
			List<String> own = new ArrayList<>(departments);
			java.util.Collections.shuffle(own, random);
			Map<String, Integer> numbers = new HashMap<>();
			for (String department : own.subList(0, size)) {
				if (workbooks.size() == count) {
					break;
				}
				int items = 3 + random.nextInt(6);
				List<SurveyItem> dealt = new ArrayList<>();
				for (int i = 0; i < items; i++) {
					SurveyItem from = template.items().get(random.nextInt(template.items().size()));
					String key = from.subcategory().categoryCode() + from.subcategory().code();
					int no = numbers.merge(key, 1, Integer::sum);
					dealt.add(new SurveyItem(from.subcategory(), no, List.of(department), from.name(), from.indicator(),
							from.content(), scaled(from.years(), random)));
				}
				String extension = random.nextInt(20) == 0 ? ".xlsm" : ".xlsx";
				workbooks.add(new Workbook("R5実施報告_" + name + "_" + department + extension, plan, department,
						LocalDate.of(2024, 5, 1).plusDays(random.nextInt(45)), dealt));
			}
		}
		return workbooks;
	}

	/** Writes the workbooks into {@code dir} on {@code threads} threads. */
	static void write(List<Workbook> workbooks, Path dir, int threads) throws Exception {
		Files.createDirectories(dir);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Workbook w : workbooks) {
				done.add(pool.submit(() -> {
					StandardWorkbookWriter.write(w.plan(), w.department(), w.submitted(), w.items(),
							dir.resolve(w.fileName()));
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<YearRow> scaled(List<YearRow> years, Random random) {
		double factor = 0.3 + random.nextDouble() * 2.7;
		List<YearRow> rows = new ArrayList<>();
		for (YearRow y : years) {
			rows.add(new YearRow(y.label(), y.fiscalYear(), y.schedule(), y.progress(), y.result(), scale(y.target(), factor),
					scale(y.actual(), factor), y.note()));
		}
		return rows;
	}

	private static Long scale(Long value, double factor) {
		return value == null ? null : Math.round(value * factor);
	}

	private static List<String> cityNames(Random random) {
		Set<String> names = new LinkedHashSet<>();
		List<String> suffixes = List.of("市", "町", "村");
		for (String suffix : suffixes) {
			for (String a : FIRST) {
				for (String b : SECOND) {
					names.add(a + b + suffix);
				}
			}
		}
		List<String> shuffled = new ArrayList<>(names);
		java.util.Collections.shuffle(shuffled, random);
		return shuffled;
	}

}
