package jp.reform.survey.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import jp.reform.survey.store.ConsolidationQueries;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.store.FormDistribution;
import jp.reform.survey.store.FormDistributionRepository;
import jp.reform.survey.store.PlanPeriod;
import jp.reform.survey.survey.GeneratedFormProfile;
import jp.reform.survey.survey.LayoutProfile;
import jp.reform.survey.survey.LayoutProfiles;
import jp.reform.survey.vocabulary.Role;
import jp.reform.survey.vocabulary.SourcedValue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * From what the store holds for a plan, writes one survey form per lead department into
 * {@code output/forms/}.
 */
@Component
public class FormGenerator {

	private static final Logger log = LoggerFactory.getLogger(FormGenerator.class);

	private static final String STANDARD = "standard";

	/** Roles of what was done (効果額, 進捗, 実績 text, 達成度), as opposed to what was planned. */
	private static final Set<Role> RESULTS = EnumSet.of(Role.ACTUAL, Role.RESULT, Role.RATE);

	private final ConsolidationQueries queries;

	private final FormDistributionRepository distributions;

	private final LayoutProfiles profiles;

	public FormGenerator(ConsolidationQueries queries, FormDistributionRepository distributions,
			LayoutProfiles profiles) {
		this.queries = queries;
		this.distributions = distributions;
		this.profiles = profiles;
	}

	/**
	 * @param planName the plan, or null when the store holds exactly one
	 * @param surveyYear the fiscal year to survey, or null for the year after the latest report (see
	 *        {@link #nextYear})
	 */
	public List<Path> generate(String planName, Integer surveyYear, LocalDate deadline, Path templateDir, Path formsDir)
			throws IOException {
		List<CurrentItem> all = queries.currentItems();
		String plan = planName != null ? planName : onlyPlan(all);
		List<CurrentItem> items = all.stream().filter(i -> i.planName().equals(plan)).toList();
		if (items.isEmpty()) {
			throw new IllegalArgumentException("計画「" + plan + "」の実施項目がデータベースにありません");
		}
		PlanPeriod period = queries.planPeriods()
			.stream()
			.filter(p -> p.planName().equals(plan))
			.findFirst()
			.orElse(new PlanPeriod(plan, null, null, null));
		int first = period.firstYear() != null ? period.firstYear() : minYear(items);
		int last = period.lastYear() != null ? period.lastYear() : maxYear(items);
		int year = surveyYear != null ? surveyYear : nextYear(period, items);
		SurveyFormWriter writer = new SurveyFormWriter(FormTemplate.load(templateDir));
		LayoutProfile layout = layout(plan);
		LayoutProfile form = GeneratedFormProfile.of(layout);
		Map<String, List<CurrentItem>> byDepartment = new TreeMap<>();
		items.forEach(i -> byDepartment.computeIfAbsent(i.leadDepartment(), k -> new ArrayList<>()).add(i));
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, List<CurrentItem>> entry : byDepartment.entrySet()) {
			Path file = formsDir.resolve(fileName(entry.getKey()));
			writer.write(new FormRequest(plan, first, Math.max(last, year), year, deadline, entry.getKey(),
					entry.getValue(), form), file);
			distributions.record(new FormDistribution(plan, entry.getKey(), year, FormRequest.FORM_VERSION,
					file.getFileName().toString(), LocalDateTime.now()));
			written.add(file);
		}
		log.info("調査票を {} 件作成しました: {}", written.size(), formsDir.toAbsolutePath());
		return written;
	}

	/**
	 * The layout the plan's items were read in, whose measures the form carries; the standard one for items
	 * loaded before layouts were recorded, or when that layout's profile has been removed since.
	 */
	private LayoutProfile layout(String plan) {
		String name = queries.planLayouts().getOrDefault(plan, STANDARD);
		return profiles.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseGet(() -> {
			log.warn("計画「{}」の様式 {} の様式定義がないため、標準様式の調査票を作成します", plan, name);
			return profiles.named(STANDARD);
		});
	}

	static String fileName(String department) {
		return "調査票_" + department.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
	}

	private static String onlyPlan(List<CurrentItem> items) {
		List<String> plans = items.stream().map(CurrentItem::planName).distinct().toList();
		if (plans.size() != 1) {
			throw new IllegalArgumentException("計画名を --plan で指定してください（データベースの計画: " + plans + "）");
		}
		return plans.get(0);
	}

	/**
	 * The year after the last report; without a report year, the year after the latest result any item
	 * states, and for a plan of targets only (nothing done yet) its first year.
	 */
	private static int nextYear(PlanPeriod period, List<CurrentItem> items) {
		if (period.reportYear() != null) {
			return period.reportYear() + 1;
		}
		OptionalInt latestResult = items.stream()
			.flatMap(i -> i.values().stream())
			.filter(v -> v.fiscalYear() != null && RESULTS.contains(v.field().role()))
			.mapToInt(SourcedValue::fiscalYear)
			.max();
		if (latestResult.isPresent()) {
			return latestResult.getAsInt() + 1;
		}
		return period.firstYear() != null ? period.firstYear() : minYear(items);
	}

	private static int minYear(List<CurrentItem> items) {
		return years(items).stream().mapToInt(Integer::intValue).min().orElseThrow();
	}

	private static int maxYear(List<CurrentItem> items) {
		return years(items).stream().mapToInt(Integer::intValue).max().orElseThrow();
	}

	private static List<Integer> years(List<CurrentItem> items) {
		return items.stream()
			.flatMap(i -> i.values().stream())
			.map(SourcedValue::fiscalYear)
			.filter(Objects::nonNull)
			.toList();
	}

}
