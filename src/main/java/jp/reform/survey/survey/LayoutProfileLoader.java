package jp.reform.survey.survey;

import java.io.IOException;
import java.io.InputStream;
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
import jp.reform.survey.normalize.YearRange;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one layout profile file (YAML; the keys are described in README.md and in the shipped profiles
 * under {@code src/main/resources/profiles}). Strict: an unknown key or field name stops the run with a
 * message naming the file, since a silently ignored line would read the wrong cells.
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
		ProfileYaml yaml = new ProfileYaml(source);
		Object document;
		try {
			// SafeConstructor: plain maps, lists and scalars only, never arbitrary Java objects
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (YAMLException ex) {
			throw yaml.fail("YAMLとして読めません: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		return new Reading(yaml, source).profile(yaml.map(document, "ファイル全体", TOP_KEYS));
	}

	/** One file's reading. */
	private final class Reading {

		private final ProfileYaml yaml;

		private final String source;

		Reading(ProfileYaml yaml, String source) {
			this.yaml = yaml;
			this.source = source;
		}

		LayoutProfile profile(Map<String, Object> doc) {
			String name = yaml.text(doc.get("name"), "name");
			yaml.require(name != null, "「name」（様式の名前）がありません");
			Map<String, Field> form = yaml.labelMap(doc.get("form"), "form", this::formField);
			yaml.require(!form.isEmpty(), "「form」（見出しと項目の対応）がありません");
			List<Field> detect = yaml.texts(doc.get("detect"), "detect").stream().map(this::field).toList();
			yaml.require(!detect.isEmpty(), "「detect」（この様式と判定するための項目）がありません");
			for (Field field : detect) {
				yaml.require(form.containsValue(field), "detect の " + field.key() + " に「form」の見出しがありません");
			}
			Field cards = doc.get("cards") == null ? null : formField(yaml.text(doc.get("cards"), "cards"));
			yaml.require(cards == null || form.containsValue(cards), "cards の " + key(cards) + " に「form」の見出しがありません");
			String title = yaml.text(doc.get("title"), "title");
			return new LayoutProfile(name, title == null ? name : title, detect, form, cards,
					yaml.bool(doc.get("itemNoInName"), "itemNoInName", false),
					yearTable(yaml.map(doc.get("yearTable"), "yearTable", TABLE_KEYS), cards != null),
					yaml.labelMap(doc.get("cover"), "cover", this::coverKey), defaults(doc.get("defaults")), source);
		}

		private YearTableLayout yearTable(Map<String, Object> table, boolean cards) {
			Set<String> years = new LinkedHashSet<>(yaml.labels(table.get("year"), "yearTable.year"));
			yaml.require(!years.isEmpty(), "「yearTable.year」（年度の列の見出し）がありません");
			Map<String, RowKind> kinds = new LinkedHashMap<>();
			yaml.map(table.get("rowKinds"), "yearTable.rowKinds", null)
				.forEach((word, kind) -> kinds.put(Labels.canonical(word),
						rowKind(yaml.text(kind, "yearTable.rowKinds"))));
			Set<Field> figures = fields(table.get("figuresInText"), "yearTable.figuresInText");
			Set<Field> stated = fields(table.get("statedFigures"), "yearTable.statedFigures");
			yaml.require(FIGURE_FIELDS.containsAll(figures), "figuresInText に使える項目は kpi_target, kpi_actual, rate です");
			yaml.require(PROSE_FIELDS.containsAll(stated), "statedFigures に使える項目は plan_text, result_text, note です");
			Map<String, Field> columns = yaml.labelMap(table.get("columns"), "yearTable.columns", this::columnField);
			return new YearTableLayout(years, columns, kinds, besideYear(table.get("besideYear")),
					new LinkedHashSet<>(yaml.labels(table.get("total"), "yearTable.total")), figures, stated,
					yaml.bool(table.get("endsAtBlankRow"), "yearTable.endsAtBlankRow", cards));
		}

		/** One field for every row, or a field per kind (null key: the rows without a kind). */
		private Map<RowKind, Field> besideYear(Object value) {
			Map<RowKind, Field> beside = new HashMap<>();
			if (value instanceof String single) {
				beside.put(null, columnField(single));
			}
			else {
				yaml.map(value, "yearTable.besideYear", null).forEach((kind, field) -> beside.put(rowKind(kind),
						columnField(yaml.text(field, "yearTable.besideYear"))));
			}
			return beside;
		}

		private ProfileDefaults defaults(Object value) {
			Map<String, Object> d = yaml.map(value, "defaults", DEFAULT_KEYS);
			String period = yaml.text(d.get("period"), "defaults.period");
			YearRange range = null;
			if (period != null) {
				range = fiscalYears.parseRange(period, null).valueOrNull();
				yaml.require(range != null, "defaults.period の計画期間が読めません: " + period);
			}
			String reportText = yaml.text(d.get("report_year"), "defaults.report_year");
			Integer report = reportText == null ? null : fiscalYears.parse(reportText, null).valueOrNull();
			yaml.require(reportText == null || report != null, "defaults.report_year の年度が読めません: " + reportText);
			String category = yaml.text(d.get("category"), "defaults.category");
			yaml.require(category == null || codes.splitMajor(category).isPresent(),
					"defaults.category は「Ⅰ 実施項目」のように番号と名称で書きます: " + category);
			String subcategory = yaml.text(d.get("subcategory"), "defaults.subcategory");
			yaml.require(subcategory == null || codes.splitMinor(subcategory).isPresent(),
					"defaults.subcategory は「① 実施項目」のように番号と名称で書きます: " + subcategory);
			return new ProfileDefaults(yaml.text(d.get("plan_name"), "defaults.plan_name"),
					range == null ? null : range.first(), range == null ? null : range.last(), report, category,
					subcategory);
		}

		private Set<Field> fields(Object value, String where) {
			Set<Field> fields = new LinkedHashSet<>();
			yaml.texts(value, where).forEach(key -> fields.add(field(key)));
			return fields;
		}

		private Field formField(String key) {
			Field field = field(key);
			yaml.require(!field.isYearField(), key + " は年度の表の項目です（form ではなく yearTable.columns に書きます）");
			return field;
		}

		private Field columnField(String key) {
			Field field = field(key);
			yaml.require(field.isYearField() && field != Field.YEAR_LABEL && field != Field.STATED_TARGET
					&& field != Field.STATED_ACTUAL, key + " は年度の表の列には使えません");
			return field;
		}

		private Field field(String key) {
			return Field.fromKey(key == null ? "" : key.strip())
				.orElseThrow(() -> yaml.fail("項目名「" + key + "」は使えません（使える名前: "
						+ names(Field.values(), Field::key) + "）"));
		}

		private CoverKey coverKey(String key) {
			return Arrays.stream(CoverKey.values())
				.filter(k -> k.key().equals(key.strip()))
				.findFirst()
				.orElseThrow(() -> yaml.fail("表紙の項目名「" + key + "」は使えません（使える名前: "
						+ names(CoverKey.values(), CoverKey::key) + "）"));
		}

		private RowKind rowKind(String key) {
			return Arrays.stream(RowKind.values())
				.filter(k -> k.key().equals(key == null ? "" : key.strip()))
				.findFirst()
				.orElseThrow(() -> yaml.fail("行の種類「" + key + "」は使えません（plan か actual）"));
		}

		private String key(Field field) {
			return field == null ? "" : field.key();
		}

	}

	private static <T> String names(T[] values, Function<T, String> name) {
		return String.join(", ", Arrays.stream(values).map(name).toList());
	}

}
