package jp.reform.survey.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.survey.SurveyItem;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same item (plan, 大分類, 中分類, No.) sent by two departments with different values: the
 * consolidation can only take one (the newest), so both departments are told where they disagree,
 * each at its own cell, to settle it between them. A department re-sending its own item is a
 * correction, not a conflict, and is not compared.
 */
final class CrossSubmissionCheck {

	/** What the consolidated tables are built from; free text (備考, 取組内容) may well differ. */
	private static final Set<Field> COMPARED = Set.of(Field.ITEM_NAME, Field.SCHEDULE, Field.PROGRESS,
			Field.EFFECT_TARGET, Field.EFFECT_ACTUAL, Field.KPI_TARGET, Field.KPI_ACTUAL, Field.RATE);

	/** A department is told about this many differing cells at most, then how many more there are. */
	private static final int SHOWN = 5;

	private static final String EXPECTED = "両課で確認し、同じ値にしてください（集計には提出日の新しい方を使います）";

	private record Other(long versionId, long submissionId, String fileName, String department, String status) {
	}

	private record Value(String shown, String sheet, String cell) {
	}

	private record Key(Field field, Integer fiscalYear) {
	}

	/** One disagreement, described from this side and from the other. */
	record Conflict(long otherSubmissionId, String otherStatus, Finding own, Finding theirs) {
	}

	private final JdbcClient jdbc;

	private final FiscalYears fiscalYears = new FiscalYears();

	CrossSubmissionCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Conflicts of {@code item}, just stored by {@code department}, with other departments' newest versions. */
	List<Conflict> check(long itemId, long submissionId, String department, SurveyItem item) {
		List<Conflict> conflicts = new ArrayList<>();
		if (department == null) {
			return conflicts;
		}
		Map<Key, Value> own = own(item.values());
		for (Other other : others(itemId, submissionId, department)) {
			Map<Key, Value> theirs = stored(other.versionId());
			List<Key> differing = differing(own, theirs);
			String what = "同じ実施項目（" + item.category().code() + "-" + item.subcategory().code() + "-No." + item.itemNo()
					+ " " + item.name() + "）";
			for (int i = 0; i < Math.min(SHOWN, differing.size()); i++) {
				Key key = differing.get(i);
				Value mine = own.get(key);
				Value their = theirs.get(key);
				Finding ownFinding = Finding.warning(item.sheet(), mine == null ? null : mine.cell(),
						what + "を" + other.department() + "も提出しており、" + label(key) + "が異なります（この提出: " + shown(mine)
								+ "、" + other.department() + "「" + other.fileName() + "」" + where(their) + ": " + shown(their) + "）");
				Finding theirFinding = Finding.warning(their == null ? item.sheet() : their.sheet(),
						their == null ? null : their.cell(), what + "を" + department + "も提出しており、" + label(key)
								+ "が異なります（この提出: " + shown(their) + "、" + department + where(mine) + ": " + shown(mine) + "）");
				conflicts.add(new Conflict(other.submissionId(), other.status(), withExpected(ownFinding),
						withExpected(theirFinding)));
			}
			if (differing.size() > SHOWN) {
				String more = what + "について、" + other.department() + "の提出とはほかに " + (differing.size() - SHOWN) + " か所の違いがあります";
				conflicts.add(new Conflict(other.submissionId(), other.status(), Finding.warning(item.sheet(), null, more),
						Finding.warning(null, null, more.replace(other.department() + "の提出", department + "の提出"))));
			}
		}
		return conflicts;
	}

	private static Finding withExpected(Finding f) {
		return new Finding(f.severity(), f.sheet(), f.cell(), f.message(), EXPECTED);
	}

	private List<Other> others(long itemId, long submissionId, String department) {
		List<Other> rows = jdbc.sql("""
				SELECT iv.id, s.id, s.file_name, d.name, s.status FROM item_version iv
				JOIN submission s ON s.id = iv.submission_id JOIN department d ON d.id = s.department_id
				WHERE iv.item_id = ? AND iv.submission_id <> ? AND d.name_key <> ?
				ORDER BY s.submitted_at DESC, s.id DESC
				""").params(itemId, submissionId, NameKeys.of(department))
			.query((rs, n) -> new Other(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		Set<String> seen = new HashSet<>();
		return rows.stream().filter(o -> seen.add(NameKeys.of(o.department()))).toList();
	}

	private Map<Key, Value> stored(long versionId) {
		Map<Key, Value> values = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT field, fiscal_year, num_value, text_value, sheet_name, cell_ref FROM item_value
				WHERE item_version_id = ? ORDER BY id
				""").param(versionId).query(rs -> {
			Field field = Field.builtIn(rs.getString(1)).orElse(null);
			int year = rs.getInt(2);
			Integer fiscalYear = rs.wasNull() ? null : year;
			if (field != null && COMPARED.contains(field)) {
				values.put(new Key(field, fiscalYear),
						new Value(shown(rs.getBigDecimal(3), rs.getString(4)), rs.getString(5), rs.getString(6)));
			}
		});
		return values;
	}

	private static Map<Key, Value> own(List<SourcedValue> sourced) {
		Map<Key, Value> values = new LinkedHashMap<>();
		for (SourcedValue v : sourced) {
			if (COMPARED.contains(v.field())) {
				values.put(new Key(v.field(), v.fiscalYear()), new Value(shown(v.number(), v.text()), v.sheet(), v.cell()));
			}
		}
		return values;
	}

	private static List<Key> differing(Map<Key, Value> own, Map<Key, Value> theirs) {
		Set<Key> keys = new TreeSet<>(Comparator.comparing((Key k) -> k.fiscalYear() == null ? 0 : k.fiscalYear())
			.thenComparing(k -> k.field().key()));
		keys.addAll(own.keySet());
		keys.addAll(theirs.keySet());
		return keys.stream()
			.filter(k -> !Objects.equals(shownOf(own.get(k)), shownOf(theirs.get(k))))
			.toList();
	}

	private static String shownOf(Value value) {
		return value == null ? null : value.shown();
	}

	private static String shown(BigDecimal number, String text) {
		if (number != null) {
			BigDecimal stripped = number.stripTrailingZeros();
			return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
		}
		return text;
	}

	private static String shown(Value value) {
		return value == null ? "記入なし" : value.shown();
	}

	private static String where(Value value) {
		return value == null ? "" : "の " + value.sheet() + "!" + value.cell();
	}

	private String label(Key key) {
		String name = key.field().equals(Field.ITEM_NAME) ? "実施項目名" : key.field().label();
		return key.fiscalYear() == null ? name : fiscalYears.label(key.fiscalYear()) + "の" + name;
	}

}
