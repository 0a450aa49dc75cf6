package jp.reform.survey.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.normalize.CategoryCodes;
import jp.reform.survey.vocabulary.Finding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles the names of 大分類 and 中分類 once the workbooks are loaded, whatever order they were
 * loaded in: a category is named as the earliest registered submission names it, and every item
 * sheet that names it otherwise gets a warning on its submission. Workbooks are loaded in parallel,
 * so this cannot be decided while writing each one; it runs single-threaded before the report.
 * Idempotent: stale warnings (a still earlier submission turned up) are replaced, present ones kept.
 */
@Repository
public class CategoryNames {

	/** What every name warning ends with; how settle() recognises the warnings it wrote. */
	static final String WARNING_TAIL = "と異なります（計画の名称で集計します）";

	private enum Level {

		CATEGORY("category", "category", "sc.category_id", "大分類", new CategoryCodes()::splitMajor),
		SUBCATEGORY("subcategory", "subcategory", "i.subcategory_id", "中分類", new CategoryCodes()::splitMinor);

		final String table;

		final String field;

		final String rowColumn;

		final String label;

		final Function<String, Optional<CategoryCode>> split;

		Level(String table, String field, String rowColumn, String label, Function<String, Optional<CategoryCode>> split) {
			this.table = table;
			this.field = field;
			this.rowColumn = rowColumn;
			this.label = label;
			this.split = split;
		}

	}

	/** One item version's statement of a category name, as it was written in the cell. */
	private record Stated(long submissionId, long versionId, String sheet, String raw, String cell) {
	}

	private record Warning(long submissionId, long versionId, int level, String sheet, String cell, String message) {

		String key() {
			return submissionId + "\u0000" + sheet + "\u0000" + message;
		}

	}

	private static final String VERSIONS = """
			FROM item_version iv
			JOIN item i ON i.id = iv.item_id
			JOIN subcategory sc ON sc.id = i.subcategory_id
			JOIN item_value v ON v.item_version_id = iv.id AND v.field = ?
			""";

	private final JdbcClient jdbc;

	public CategoryNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void settle() {
		List<Warning> wanted = new ArrayList<>();
		for (Level level : Level.values()) {
			// Only rows stated in more than one way can need a change; usually none, so this stays cheap.
			List<Long> rows = jdbc.sql("SELECT " + level.rowColumn + " " + VERSIONS + " GROUP BY " + level.rowColumn
					+ " HAVING COUNT(DISTINCT v.raw_text) > 1")
				.param(level.field)
				.query(Long.class)
				.list();
			for (long row : rows) {
				wanted.addAll(settle(level, row));
			}
		}
		reconcile(wanted);
	}

	private List<Warning> settle(Level level, long row) {
		List<Stated> stated = jdbc
			.sql("SELECT iv.submission_id, iv.id, iv.sheet_name, v.raw_text, v.cell_ref " + VERSIONS + " WHERE " + level.rowColumn
					+ " = ? ORDER BY iv.submission_id, iv.id")
			.params(level.field, row)
			.query((rs, n) -> new Stated(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		CategoryCode name = level.split.apply(stated.get(0).raw()).orElse(null);
		if (name == null) {
			return List.of();
		}
		jdbc.sql("UPDATE " + level.table + " SET code = ?, name = ? WHERE id = ? AND (code <> ? OR name <> ?)")
			.params(name.code(), name.name(), row, name.code(), name.name())
			.update();
		List<Warning> warnings = new ArrayList<>();
		for (Stated s : stated) {
			Optional<CategoryCode> own = level.split.apply(s.raw());
			if (own.isPresent() && !NameKeys.of(own.get().name()).equals(NameKeys.of(name.name()))) {
				String message = level.label + " " + own.get().code() + " の名称「" + own.get().name() + "」が計画の名称「"
						+ name.name() + "」" + WARNING_TAIL;
				warnings.add(new Warning(s.submissionId(), s.versionId(), level.ordinal(), s.sheet(), s.cell(), message));
			}
		}
		return warnings;
	}

	/** Inserts the warnings not yet stored, in sheet order per submission, and drops stale ones. */
	private void reconcile(List<Warning> wanted) {
		List<Object[]> stored = jdbc.sql("SELECT id, submission_id, sheet_name, message FROM finding WHERE severity = ?"
				+ " AND message LIKE ?")
			.params("WARNING", "%" + WARNING_TAIL)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2) + "\u0000" + rs.getString(3) + "\u0000"
					+ rs.getString(4) })
			.list();
		Set<String> wantedKeys = new HashSet<>();
		wanted.forEach(w -> wantedKeys.add(w.key()));
		Set<String> storedKeys = new HashSet<>();
		for (Object[] s : stored) {
			if (!wantedKeys.contains((String) s[1])) {
				jdbc.sql("DELETE FROM finding WHERE id = ?").param(s[0]).update();
			}
			else {
				storedKeys.add((String) s[1]);
			}
		}
		wanted.stream()
			.filter(w -> !storedKeys.contains(w.key()))
			.sorted(Comparator.comparingLong(Warning::submissionId)
				.thenComparingLong(Warning::versionId)
				.thenComparingInt(Warning::level))
			.forEach(w -> {
				Finding f = Finding.warning(w.sheet(), w.cell(), w.message());
				jdbc.sql("INSERT INTO finding (submission_id, severity, sheet_name, cell_ref, message, expected)"
						+ " VALUES (?, ?, ?, ?, ?, ?)")
					.params(w.submissionId(), f.severity().name(), f.sheet(), f.cell(), f.message(), f.expected())
					.update();
			});
	}

}
