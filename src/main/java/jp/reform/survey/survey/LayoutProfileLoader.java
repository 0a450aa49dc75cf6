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
import jp.reform.survey.vocabulary.Measure;
import jp.reform.survey.vocabulary.ValueKind;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import jp.reform.survey.vocabulary.Field;

/**
 * Reads one layout profile file (YAML; the keys are described in README.md and in the shipped profiles
 * under {@code src/main/resources/profiles}). Strict: an unknown key or field name stops the run with a
 * message naming the file, since a silently ignored line would read the wrong cells.
 */
final class LayoutProfileLoader {

	private static final Set<String> TOP_KEYS = Set.of("name", "title", "detect", "fields", "form", "cards",
			"itemNoInName", "yearTable", "cover", "defaults", "below", "list", "kpiLowerIsBetter");

	private static final Set<String> FIELD_KEYS = Set.of("label", "kind", "scope");

	/** Field keys as the store and the CSV carry them: lower-case letters, digits and underscores. */
	private static final java.util.regex.Pattern FIELD_KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,29}");

	private static final Set<String> TABLE_KEYS = Set.of("year", "columns", "rowKinds", "besideYear", "total",
			"figuresInText", "statedFigures", "endsAtBlankRow", "yearsAcross", "rows", "activityRows");

	private static final Set<String> DEFAULT_KEYS = Set.of("plan_name", "period", "report_year", "category",
			"subcategory");

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

		/** The fields this profile declares, by key; resolved before the built-in ones' names are checked. */
		private final Map<String, Field> declared = new LinkedHashMap<>();

		Reading(ProfileYaml yaml, String source) {
			this.yaml = yaml;
			this.source = source;
		}

		LayoutProfile profile(Map<String, Object> doc) {
			String name = yaml.text(doc.get("name"), "name");
			yaml.require(name != null, "「name」（様式の名前）がありません");
			declare(yaml.map(doc.get("fields"), "fields", null));
			Map<String, Field> form = yaml.labelMap(doc.get("form"), "form", this::formField);
			yaml.require(!form.isEmpty(), "「form」（見出しと項目の対応）がありません");
			List<Field> detect = yaml.texts(doc.get("detect"), "detect").stream().map(this::field).toList();
			yaml.require(!detect.isEmpty(), "「detect」（この様式と判定するための項目）がありません");
			for (Field field : detect) {
				yaml.require(form.containsValue(field), "detect の " + field.key() + " に「form」の見出しがありません");
			}
			Field cards = doc.get("cards") == null ? null : formField(yaml.text(doc.get("cards"), "cards"));
			yaml.require(cards == null || form.containsValue(cards), "cards の " + key(cards) + " に「form」の見出しがありません");
			Set<Field> below = new LinkedHashSet<>();
			for (String key : yaml.texts(doc.get("below"), "below")) {
				Field field = formField(key);
				yaml.require(form.containsValue(field), "below の " + key + " に「form」の見出しがありません");
				below.add(field);
			}
			boolean list = yaml.bool(doc.get("list"), "list", false);
			yaml.require(!list || cards == null, "list（1行に1項目の一覧）と cards は一緒に使えません");
			String title = yaml.text(doc.get("title"), "title");
			return new LayoutProfile(name, title == null ? name : title, detect, form, cards,
					yaml.bool(doc.get("itemNoInName"), "itemNoInName", false),
					yearTable(yaml.map(doc.get("yearTable"), "yearTable", TABLE_KEYS), cards != null, list),
					yaml.labelMap(doc.get("cover"), "cover", this::coverKey), defaults(doc.get("defaults")), source,
					List.copyOf(declared.values()), below, list,
					yaml.labels(doc.get("kpiLowerIsBetter"), "kpiLowerIsBetter"));
		}

		/**
		 * {@code fields:} — what this layout measures beyond the built-in fields: key → label, kind
		 * (text, money, figure, rate, status; text when left out) and scope (year, the default, or form).
		 */
		private void declare(Map<String, Object> fields) {
			fields.forEach((key, value) -> {
				String where = "fields." + key;
				yaml.require(FIELD_KEY.matcher(key).matches(),
						where + ": 項目名は半角英小文字・数字・_ で30文字まで（例: budget_request）です");
				yaml.require(Field.builtIn(key).isEmpty(), where + ": 「" + key + "」は組み込みの項目名です。別の名前にしてください");
				Map<String, Object> spec = yaml.map(value, where, FIELD_KEYS);
				String label = yaml.text(spec.get("label"), where + ".label");
				yaml.require(label != null && !label.isBlank(), where + ".label（報告に出す項目名）がありません");
				String kindText = yaml.text(spec.get("kind"), where + ".kind");
				ValueKind kind = kindText == null ? ValueKind.PROSE : declaredKind(kindText, where);
				String scopeText = yaml.text(spec.get("scope"), where + ".scope");
				Field.Scope scope = scopeText == null || scopeText.equals("year") ? Field.Scope.YEAR
						: scopeText.equals("form") ? Field.Scope.FORM : null;
				yaml.require(scope != null, where + ".scope は year（年度の表の列）か form（様式の欄）です");
				declared.put(key, Field.declared(key, scope, kind, label));
			});
		}

		private ValueKind declaredKind(String text, String where) {
			return switch (text) {
				case "text" -> ValueKind.PROSE;
				case "money" -> ValueKind.MONEY;
				case "figure" -> ValueKind.FIGURE;
				case "rate" -> ValueKind.RATE;
				case "status" -> ValueKind.STATUS;
				default -> throw yaml.fail(where + ".kind の「" + text + "」は使えません（text, money, figure, rate, status）");
			};
		}

		private YearTableLayout yearTable(Map<String, Object> table, boolean cards, boolean list) {
			Set<String> years = new LinkedHashSet<>(yaml.labels(table.get("year"), "yearTable.year"));
			yaml.require(list || !years.isEmpty(), "「yearTable.year」（年度の列の見出し）がありません");
			Map<String, RowKind> kinds = new LinkedHashMap<>();
			yaml.map(table.get("rowKinds"), "yearTable.rowKinds", null)
				.forEach((word, kind) -> kinds.put(Labels.canonical(word),
						rowKind(yaml.text(kind, "yearTable.rowKinds"))));
			Set<Field> figures = fields(table.get("figuresInText"), "yearTable.figuresInText");
			Set<Field> stated = fields(table.get("statedFigures"), "yearTable.statedFigures");
			yaml.require(figures.stream().allMatch(f -> f.kind() == ValueKind.FIGURE || f.kind() == ValueKind.RATE),
					"figuresInText に使える項目は数値の列（kpi_target, kpi_actual, rate など）です");
			yaml.require(stated.stream().allMatch(f -> f.isColumn() && f.kind() == ValueKind.PROSE),
					"statedFigures に使える項目は年度の表の文章の列（plan_text, result_text, note など）です");
			Map<String, Field> columns = yaml.labelMap(table.get("columns"), "yearTable.columns", this::columnField);
			Map<String, Field> rows = yaml.labelMap(table.get("rows"), "yearTable.rows", this::columnField);
			boolean across = yaml.bool(table.get("yearsAcross"), "yearTable.yearsAcross", false);
			boolean activities = yaml.bool(table.get("activityRows"), "yearTable.activityRows", false);
			Map<RowKind, Field> beside = besideYear(table.get("besideYear"));
			Set<Field> mapped = new LinkedHashSet<>(columns.values());
			mapped.addAll(rows.values());
			boolean activityFields = mapped.stream().anyMatch(f -> f.measure() == Measure.ACTIVITIES);
			if (activities) {
				yaml.require(across, "yearTable.activityRows は年度が横に並ぶ表（yearsAcross: true）で使います");
				yaml.require(mapped.stream().allMatch(f -> f.measure() == Measure.ACTIVITIES),
						"activityRows: true の表の rows と columns に書ける項目は activity_plan と activity_result です");
			}
			else {
				yaml.require(!activityFields, "activity_plan と activity_result は、行が取り組みの項目である表"
						+ "（yearTable に yearsAcross: true と activityRows: true）で使います");
			}
			if (across) {
				yaml.require(kinds.isEmpty() && beside.isEmpty(),
						"yearTable.rowKinds と besideYear は年度が縦に並ぶ表のものです（yearsAcross: true とは使えません）");
			}
			if (across && !activities) {
				yaml.require(!rows.isEmpty() || !columns.isEmpty(), "yearsAcross: true の表には、行の見出し（yearTable.rows）"
						+ "か年度の下の見出し（yearTable.columns）を書きます");
			}
			else if (!across) {
				yaml.require(rows.isEmpty(), "yearTable.rows（行の見出し）は年度が横に並ぶ表のものです。"
						+ "年度が列の見出しに並ぶなら yearTable に yearsAcross: true も書きます");
			}
			if (list) {
				yaml.require(!columns.isEmpty(), "list: true の一覧には、年度の下の見出しと項目の対応（yearTable.columns、"
						+ "例: effect_target: [目標]）を書きます");
				yaml.require(rows.isEmpty() && !activities && kinds.isEmpty() && beside.isEmpty(),
						"list: true の一覧で yearTable に書けるのは columns と total です（年度は見出しの行に横に並びます）");
			}
			return new YearTableLayout(years, columns, kinds, beside,
					new LinkedHashSet<>(yaml.labels(table.get("total"), "yearTable.total")), figures, stated,
					yaml.bool(table.get("endsAtBlankRow"), "yearTable.endsAtBlankRow", cards), across || list, rows,
					activities);
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
			yaml.require(!field.derived(), key + " は表から読み取る項目で、見出しには対応づけられません");
			return field;
		}

		private Field columnField(String key) {
			Field field = field(key);
			yaml.require(field.isColumn(), key + " は年度の表の列には使えません");
			return field;
		}

		private Field field(String key) {
			String stripped = key == null ? "" : key.strip();
			Field own = declared.get(stripped);
			if (own != null) {
				return own;
			}
			List<String> known = new java.util.ArrayList<>(Field.BUILT_IN.stream().map(Field::key).toList());
			known.addAll(declared.keySet());
			return Field.builtIn(stripped)
				.orElseThrow(() -> yaml.fail("項目名「" + key + "」は使えません（使える名前: " + String.join(", ", known)
						+ "。新しい項目は fields: に書きます）"));
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
