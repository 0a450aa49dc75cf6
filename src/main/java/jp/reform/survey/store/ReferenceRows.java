package jp.reform.survey.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.survey.SurveyItem;
import jp.reform.survey.survey.SurveyResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or creates the rows a workbook refers to — plan, 大分類, 中分類, item, departments — in a
 * short transaction of its own before the workbook is stored. Workbooks are loaded concurrently,
 * so two may create the same row at once; the later insert fails on the unique key, and retrying
 * this small transaction (not the whole workbook) then finds the row. A row created here outlives
 * a workbook that fails afterwards; it is only an identity (reports list items, not rows).
 *
 * <p>Nothing decided here depends on who comes first: plan and department rows take the preferred
 * spelling of their name (shortest, then lowest) under a row lock, and 大分類/中分類 names are
 * provisional until {@link CategoryNames#settle()}.
 */
@Repository
public class ReferenceRows {

	/** Shorter spellings first (no stray spaces), then code-point order: the same winner in any load order. */
	static final Comparator<String> PREFERRED_SPELLING = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	/** The ids one workbook refers to: per item (in order), and for the submission itself. */
	public record References(List<ItemRefs> items, Long planId, Long departmentId) {
	}

	public record ItemRefs(long itemId, long leadDepartmentId) {
	}

	private record Named(long id, String name) {
	}

	private final JdbcClient jdbc;

	public ReferenceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public References resolve(SurveyResult result, SurveyStore.Outcome outcome) {
		List<ItemRefs> items = new ArrayList<>();
		Long planId = null;
		for (SurveyItem item : result.items()) {
			planId = planId(item.planName());
			long categoryId = codeId("category", "plan_id", planId, item.category());
			long subcategoryId = codeId("subcategory", "category_id", categoryId, item.subcategory());
			items.add(new ItemRefs(itemId(subcategoryId, item.itemNo(), item.variant()), departmentId(item.leadDepartment())));
		}
		if (planId == null && result.cover().planName() != null) {
			planId = planId(result.cover().planName());
		}
		Long departmentId = outcome.department() == null ? null : departmentId(outcome.department());
		return new References(items, planId, departmentId);
	}

	private long planId(String name) {
		return namedId("plan", name);
	}

	private long departmentId(String name) {
		return namedId("department", name);
	}

	/**
	 * The row for a name, by its key (width and spacing ignored). When this workbook spells the name
	 * in a preferred way, the row takes that spelling; the check runs on the latest committed row
	 * under a row lock, so concurrent workbooks converge on the same spelling.
	 */
	private long namedId(String table, String name) {
		String key = NameKeys.of(name);
		String spelling = name.strip();
		Optional<Named> found = jdbc.sql("SELECT id, name FROM " + table + " WHERE name_key = ?")
			.param(key)
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
			.optional();
		if (found.isEmpty()) {
			return insert("INSERT INTO " + table + " (name_key, name) VALUES (?, ?)", key, spelling);
		}
		long id = found.get().id();
		if (PREFERRED_SPELLING.compare(spelling, found.get().name()) < 0) {
			String current = jdbc.sql("SELECT name FROM " + table + " WHERE id = ? FOR UPDATE")
				.param(id)
				.query(String.class)
				.single();
			if (PREFERRED_SPELLING.compare(spelling, current) < 0) {
				jdbc.sql("UPDATE " + table + " SET name = ? WHERE id = ?").params(spelling, id).update();
			}
		}
		return id;
	}

	/**
	 * A 大分類/中分類 row by its number under the parent. Its name is provisional (whoever inserted
	 * it); {@link CategoryNames#settle()} sets it and warns about differing names once all are loaded.
	 */
	private long codeId(String table, String parentColumn, long parentId, CategoryCode code) {
		return findId("SELECT id FROM " + table + " WHERE " + parentColumn + " = ? AND ordinal = ?", parentId,
				code.ordinal())
			.orElseGet(() -> insert(
					"INSERT INTO " + table + " (" + parentColumn + ", ordinal, code, name) VALUES (?, ?, ?, ?)", parentId,
					code.ordinal(), code.code(), code.name()));
	}

	private long itemId(long subcategoryId, int itemNo, int variant) {
		return findId("SELECT id FROM item WHERE subcategory_id = ? AND item_no = ? AND variant = ?", subcategoryId,
				itemNo, variant)
			.orElseGet(() -> insert("INSERT INTO item (subcategory_id, item_no, variant) VALUES (?, ?, ?)", subcategoryId,
					itemNo, variant));
	}

	private Optional<Long> findId(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).optional();
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
