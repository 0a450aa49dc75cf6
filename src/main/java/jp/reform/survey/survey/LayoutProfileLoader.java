package jp.reform.survey.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jp.reform.survey.normalize.CategoryCodes;
import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.YearRange;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one layout profile file (YAML, the format is described in README.md and in the shipped
 * profiles under {@code src/main/resources/profiles}). Strict: an unknown key or field name stops the
 * run with a message naming the file, since a silently ignored line would read the wrong cells.
 */
final class LayoutProfileLoader {

	private static final Set<String> TOP_KEYS = Set.of("name", "title", "detect", "form", "cards", "itemNoInName",
			"yearTable", "cover", "defaults");

	private static final Set<String> TABLE_KEYS = Set.of("year", "columns", "rowKinds", "besideYear", "total",
			"figuresInText", "statedFigures", "endsAtBlankRow");

	private static final Set<String> DEFAULT_KEYS = Set.of("plan_name", "period", "report_year", "category",
			"subcategory");

	private static final Set<Field> FIGURE_FIELDS = Set.of(Field.KPI_TARGET, Field.KPI_ACTUAL, Field.RATE);

	private static final Set<Field> PROSE_FIELDS = Set.of(Field.PLAN_TEXT, Field.RESULT_TEXT, Field.NOTE);

	private final FiscalYears fiscalYears = new FiscalYears();

	private final CategoryCodes codes = new CategoryCodes();

	LayoutProfile load(String source, InputStream in) throws IOException {
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (YAMLException ex) {
			throw new LayoutProfileException(source, "YAMLとして読めません: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		return new Reading(source).profile(map(source, document, "ファイル全体", TOP_KEYS));
	}

	/** One file's reading, so every message can name the file. */
	private final class Reading {

		private final String source;

		Reading(String source) {
			this.source = source;
		}

		LayoutProfile profile(Map<String, Object> doc) {
			String name = text(doc.get("name"), "name");
			if (name == null) {
				throw fail("「name」（様式の名前）がありません");
			}
			Map<String, Field> form = labelMap(doc.get("form"), "form", this::formField);
			if (form.isEmpty()) {
				throw fail("「form」（見出しと項目の対応）がありません");
			}
			List<Field> detect = fields(doc.get("detect"), "detect");
			if (detect.isEmpty()) {
				throw fail("「detect」（この様式と判定するための項目）がありません");
			}
			for (Field field : detect) {
				if (!form.containsValue(field)) {
					throw fail("detect の " + field.key() + " に「form」の見出しがありません");
				}
			}
			Field cards = doc.get("cards") == null ? null : formField(text(doc.get("cards"), "cards"));
			if (cards != null && !form.containsValue(cards)) {
				throw fail("cards の " + cards.key() + " に「form」の見出しがありません");
			}
			Map<String, Object> table = map(source, doc.get("yearTable"), "yearTable", TABLE_KEYS);
			return new LayoutProfile(name, text(doc.get("title"), "title") == null ? name : text(doc.get("title"), "title"),
					detect, form, cards, bool(doc.get("itemNoInName"), "itemNoInName"), yearTable(table, cards != null),
					labelMap(doc.get("cover"), "cover", this::coverKey), defaults(doc.get("defaults")), source);
		}

		private YearTableLayout yearTable(Map<String, Object> table, boolean cards) {
			Set<String> years = new LinkedHashSet<>(labels(table.get("year"), "yearTable.year"));
			if (years.isEmpty()) {
				throw fail("「yearTable.year」（年度の列の見出し）がありません");
			}
			Map<String, Field> columns = labelMap(table.get("columns"), "yearTable.columns", this::columnField);
			Map<String, RowKind> kinds = new LinkedHashMap<>();
			map(source, table.get("rowKinds"), "yearTable.rowKinds", null)
				.forEach((word, kind) -> kinds.put(Labels.canonical(word), rowKind(text(kind, "yearTable.rowKinds"))));
			Map<RowKind, Field> beside = besideYear(table.get("besideYear"));
			Set<String> totals = new LinkedHashSet<>(labels(table.get("total"), "yearTable.total"));
			Set<Field> figures = new LinkedHashSet<>(fields(table.get("figuresInText"), "yearTable.figuresInText"));
			Set<Field> stated = new LinkedHashSet<>(fields(table.get("statedFigures"), "yearTable.statedFigures"));
			require(FIGURE_FIELDS.containsAll(figures), "figuresInText に使える項目は kpi_target, kpi_actual, rate です");
			require(PROSE_FIELDS.containsAll(stated), "statedFigures に使える項目は plan_text, result_text, note です");
			Object blank = table.get("endsAtBlankRow");
			return new YearTableLayout(years, columns, kinds, beside, totals, figures, stated,
					blank == null ? cards : bool(blank, "yearTable.endsAtBlankRow"));
		}

		private Map<RowKind, Field> besideYear(Object value) {
			Map<RowKind, Field> beside = new HashMap<>();
			if (value instanceof String single) {
				beside.put(null, columnField(single));
			}
			else if (value != null) {
				map(source, value, "yearTable.besideYear", null)
					.forEach((kind, field) -> beside.put(rowKind(kind), columnField(text(field, "yearTable.besideYear"))));
			}
			return beside;
		}

		private ProfileDefaults defaults(Object value) {
			if (value == null) {
				return ProfileDefaults.none();
			}
			Map<String, Object> d = map(source, value, "defaults", DEFAULT_KEYS);
			Integer first = null;
			Integer last = null;
			String period = text(d.get("period"), "defaults.period");
			if (period != null) {
				if (!(fiscalYears.parseRange(period, null) instanceof Normalized.Value<YearRange> range)) {
					throw fail("defaults.period の計画期間が読めません: " + period);
				}
				first = range.value().first();
				last = range.value().last();
			}
			Integer report = null;
			String reportYear = text(d.get("report_year"), "defaults.report_year");
			if (reportYear != null) {
				if (!(fiscalYears.parse(reportYear, null) instanceof Normalized.Value<Integer> year)) {
					throw fail("defaults.report_year の年度が読めません: " + reportYear);
				}
				report = year.value();
			}
			String category = text(d.get("category"), "defaults.category");
			require(category == null || codes.splitMajor(category).isPresent(),
					"defaults.category は「Ⅰ 実施項目」のように番号と名称で書きます: " + category);
			String subcategory = text(d.get("subcategory"), "defaults.subcategory");
			require(subcategory == null || codes.splitMinor(subcategory).isPresent(),
					"defaults.subcategory は「① 実施項目」のように番号と名称で書きます: " + subcategory);
			return new ProfileDefaults(text(d.get("plan_name"), "defaults.plan_name"), first, last, report, category,
					subcategory);
		}

		private <T> Map<String, T> labelMap(Object value, String where, Function<String, T> meaning) {
			Map<String, T> byLabel = new LinkedHashMap<>();
			map(source, value, where, null).forEach((key, labels) -> {
				T target = meaning.apply(key);
				for (String label : labels(labels, where + "." + key)) {
					T previous = byLabel.put(label, target);
					if (previous != null && !previous.equals(target)) {
						throw fail(where + " の見出し「" + label + "」が2つの項目に使われています");
					}
				}
			});
			return byLabel;
		}

		private List<String> labels(Object value, String where) {
			List<String> labels = new ArrayList<>();
			for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
				String canonical = Labels.canonical(text(item, where));
				if (canonical.isEmpty()) {
					throw fail(where + " に空の見出しか長すぎる見出しがあります");
				}
				labels.add(canonical);
			}
			return labels;
		}

		private List<Field> fields(Object value, String where) {
			List<Field> fields = new ArrayList<>();
			for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
				fields.add(field(text(item, where)));
			}
			return fields;
		}

		private Field formField(String key) {
			Field field = field(key);
			require(!field.isYearField(), key + " は年度の表の項目です（form ではなく yearTable.columns に書きます）");
			return field;
		}

		private Field columnField(String key) {
			Field field = field(key);
			require(field.isYearField() && field != Field.YEAR_LABEL && field != Field.STATED_TARGET
					&& field != Field.STATED_ACTUAL, key + " は年度の表の列には使えません");
			return field;
		}

		private Field field(String key) {
			return Field.fromKey(key == null ? "" : key.strip())
				.orElseThrow(() -> fail("項目名「" + key + "」は使えません（使える名前: " + names(Field.values(), Field::key) + "）"));
		}

		private CoverKey coverKey(String key) {
			return Arrays.stream(CoverKey.values())
				.filter(k -> k.key().equals(key.strip()))
				.findFirst()
				.orElseThrow(() -> fail("表紙の項目名「" + key + "」は使えません（使える名前: "
						+ names(CoverKey.values(), CoverKey::key) + "）"));
		}

		private RowKind rowKind(String key) {
			return Arrays.stream(RowKind.values())
				.filter(k -> k.key().equals(key == null ? "" : key.strip()))
				.findFirst()
				.orElseThrow(() -> fail("行の種類「" + key + "」は使えません（plan か actual）"));
		}

		private String text(Object value, String where) {
			if (value == null) {
				return null;
			}
			if (value instanceof Map || value instanceof List) {
				throw fail(where + " には文字を1つ書きます");
			}
			return String.valueOf(value).strip();
		}

		private boolean bool(Object value, String where) {
			if (value == null) {
				return false;
			}
			if (!(value instanceof Boolean b)) {
				throw fail(where + " には true か false を書きます");
			}
			return b;
		}

		private void require(boolean condition, String message) {
			if (!condition) {
				throw fail(message);
			}
		}

		private LayoutProfileException fail(String message) {
			return new LayoutProfileException(source, message);
		}

	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(String source, Object value, String where, Set<String> allowed) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> raw)) {
			throw new LayoutProfileException(source, where + " は「見出し: 値」の形で書きます");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		raw.forEach((k, v) -> map.put(String.valueOf(k), v));
		if (allowed != null) {
			for (String key : map.keySet()) {
				if (!allowed.contains(key)) {
					throw new LayoutProfileException(source, where + " の「" + key + "」は使えません（使える名前: "
							+ String.join(", ", allowed.stream().sorted().toList()) + "）");
				}
			}
		}
		return map;
	}

	private static <T> String names(T[] values, Function<T, String> name) {
		return String.join(", ", Arrays.stream(values).map(name).toList());
	}

}
