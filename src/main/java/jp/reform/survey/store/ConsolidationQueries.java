package jp.reform.survey.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jp.reform.survey.vocabulary.Severity;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Vocabulary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side: the current version of every item (view {@code current_item_version}) with its values,
 * or the versions a past run reported (table {@code report_snapshot_version}).
 */
@Repository
public class ConsolidationQueries {

	/** Item versions with their item, categories and plan; {@code %s} is the version set joined as {@code cur}. */
	private static final String VERSIONS = """
			SELECT iv.id AS version_id, i.id AS item_id, p.name AS plan_name, c.ordinal AS c_ord, c.code AS c_code,
			       c.name AS c_name, sc.ordinal AS s_ord, sc.code AS s_code, sc.name AS s_name, i.item_no, i.variant, iv.name,
			       d.name AS lead, iv.departments, iv.kpi_name, iv.kpi_unit, s.file_name, s.submitted_at,
			       s.id AS submission_id
			FROM %s
			JOIN submission s ON s.id = iv.submission_id
			JOIN item i ON i.id = iv.item_id
			JOIN subcategory sc ON sc.id = i.subcategory_id
			JOIN category c ON c.id = sc.category_id
			JOIN plan p ON p.id = c.plan_id
			JOIN department d ON d.id = iv.lead_department_id
			%s
			ORDER BY p.name, c.ordinal, sc.ordinal, i.item_no, i.variant
			""";

	/** Each version of a set with its plan; {@code %s} as in {@link #VERSIONS}. */
	private static final String PLAN_VERSIONS = """
			SELECT p.name, iv.id FROM %s
			JOIN item i ON i.id = iv.item_id
			JOIN subcategory sc ON sc.id = i.subcategory_id
			JOIN category c ON c.id = sc.category_id
			JOIN plan p ON p.id = c.plan_id
			%s
			""";

	private static final String VALUES = """
			SELECT v.item_version_id, v.field, v.fiscal_year, v.num_value, v.text_value, v.unit, v.comparator,
			       v.approximate, v.raw_text, v.sheet_name, v.cell_ref
			FROM item_value v JOIN %s
			%s
			ORDER BY v.item_version_id, v.fiscal_year, v.id
			""";

	/** Which item versions to read: the current ones, or those a past run reported. */
	private record VersionSet(String versionJoin, String valueJoin, String where, Object[] params) {

		static final VersionSet CURRENT = new VersionSet(
				"current_item_version cur JOIN item_version iv ON iv.id = cur.id",
				"current_item_version cur ON cur.id = v.item_version_id", "", new Object[0]);

		static VersionSet snapshot(long snapshotId) {
			return new VersionSet("report_snapshot_version cur JOIN item_version iv ON iv.id = cur.item_version_id",
					"report_snapshot_version cur ON cur.item_version_id = v.item_version_id",
					"WHERE cur.snapshot_id = ?", new Object[] { snapshotId });
		}

		/**
		 * Per item, the newest version among the submissions of report year {@code reportYear} and before —
		 * what that year's report stated — chosen as {@code current_item_version} chooses among all.
		 */
		static VersionSet reportedBy(int reportYear) {
			return new VersionSet("""
					(SELECT iv.id FROM item_version iv JOIN submission s ON s.id = iv.submission_id
					 WHERE s.report_year <= ? AND NOT EXISTS (
					   SELECT 1 FROM item_version iv2 JOIN submission s2 ON s2.id = iv2.submission_id
					   WHERE iv2.item_id = iv.item_id AND s2.report_year <= ?
					     AND (s2.submitted_at > s.submitted_at
					          OR (s2.submitted_at = s.submitted_at AND s2.fingerprint > s.fingerprint)))) cur
					JOIN item_version iv ON iv.id = cur.id""", "", "", new Object[] { reportYear, reportYear });
		}

	}

	private final JdbcClient jdbc;

	private final Vocabulary vocabulary;

	public ConsolidationQueries(JdbcClient jdbc, Vocabulary vocabulary) {
		this.jdbc = jdbc;
		this.vocabulary = vocabulary;
	}

	/** The current version of every item with its values and their cells — what consolidation and the reports use. */
	public List<CurrentItem> currentItems() {
		return items(VersionSet.CURRENT);
	}

	/**
	 * The items of these plans as a past run reported them (its snapshot), with the cells their values
	 * came from; none when {@code plans} is empty.
	 */
	public List<CurrentItem> itemsOf(ReportSnapshot snapshot, Collection<String> plans) {
		if (plans.isEmpty()) {
			return List.of();
		}
		Object[] params = new Object[plans.size() + 1];
		params[0] = snapshot.id();
		System.arraycopy(plans.toArray(), 0, params, 1, plans.size());
		return items(new VersionSet(VersionSet.snapshot(snapshot.id()).versionJoin(), "",
				"WHERE cur.snapshot_id = ? AND p.name IN (" + String.join(", ", Collections.nCopies(plans.size(), "?")) + ")",
				params));
	}

	/**
	 * The plans whose current item versions are not exactly those {@code snapshot} reported (an item
	 * added, dropped or re-submitted): only these can have changed since, the others were reported as
	 * they are now. Two queries of version ids, not the items and their values.
	 */
	public Set<String> plansChangedSince(ReportSnapshot snapshot) {
		Map<String, Set<Long>> now = versionsByPlan(VersionSet.CURRENT);
		Map<String, Set<Long>> then = versionsByPlan(VersionSet.snapshot(snapshot.id()));
		Set<String> changed = new TreeSet<>();
		now.forEach((plan, versions) -> {
			if (!versions.equals(then.get(plan))) {
				changed.add(plan);
			}
		});
		then.keySet().stream().filter(plan -> !now.containsKey(plan)).forEach(changed::add);
		return changed;
	}

	private Map<String, Set<Long>> versionsByPlan(VersionSet set) {
		Map<String, Set<Long>> byPlan = new HashMap<>();
		jdbc.sql(PLAN_VERSIONS.formatted(set.versionJoin(), set.where()))
			.params(set.params())
			.query((ResultSet rs) -> {
				byPlan.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
			});
		return byPlan;
	}

	/**
	 * The items as the report of {@code reportYear} stated them (its submissions and earlier ones, the
	 * newest per item), for 「前年度報告との比較」.
	 */
	public List<CurrentItem> itemsReportedBy(int reportYear) {
		return items(VersionSet.reportedBy(reportYear));
	}

	/** Each plan's report years that submissions were loaded under, oldest first. */
	public Map<String, List<Integer>> reportYears() {
		Map<String, List<Integer>> years = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT DISTINCT p.name, s.report_year FROM submission s JOIN plan p ON p.id = s.plan_id
				WHERE s.report_year IS NOT NULL ORDER BY p.name, s.report_year
				""").query((ResultSet rs) -> {
			years.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
		});
		return years;
	}

	private List<CurrentItem> items(VersionSet set) {
		List<Object[]> rows = jdbc.sql(VERSIONS.formatted(set.versionJoin(), set.where()))
			.params(set.params())
			.query((rs, n) -> new Object[] { rs.getLong("version_id"), item(rs) })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		// Values by version id, a few hundred versions per query, through the (item_version_id, field)
		// index: joining item_value to the version set instead makes the database evaluate the
		// current-version view against every stored value, which grows with every submission ever loaded.
		List<Long> versionIds = rows.stream().map(row -> (Long) row[0]).toList();
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < versionIds.size(); from += 500) {
			chunks.add(versionIds.subList(from, Math.min(versionIds.size(), from + 500)));
		}
		// Committed rows only, so the chunks can be read on several connections at once: the report
		// runs alone after the load, and this is most of its reading.
		Map<Long, List<SourcedValue>> values = new ConcurrentHashMap<>();
		chunks.parallelStream().forEach(part -> values.putAll(values(part)));
		List<CurrentItem> items = new ArrayList<>();
		for (Object[] row : rows) {
			CurrentItem item = (CurrentItem) row[1];
			items.add(new CurrentItem(item.itemId(), item.planName(), item.categoryOrdinal(), item.categoryCode(),
					item.categoryName(), item.subcategoryOrdinal(), item.subcategoryCode(), item.subcategoryName(),
					item.itemNo(), item.name(), item.leadDepartment(), item.departments(), item.kpiName(),
					item.kpiUnit(), item.fileName(), item.submittedAt(),
					List.copyOf(values.getOrDefault((Long) row[0], List.of())), item.variant(), item.submissionId()));
		}
		return items;
	}

	/** For each submission, the plan and report year it was loaded under (department status per plan). */
	public List<SubmissionPlan> submissionPlans() {
		return jdbc.sql("""
				SELECT s.id, p.name, s.report_year FROM submission s LEFT JOIN plan p ON p.id = s.plan_id ORDER BY s.id
				""").query((rs, n) -> new SubmissionPlan(rs.getLong(1), rs.getString(2), integer(rs, 3))).list();
	}

	private Map<Long, List<SourcedValue>> values(List<Long> versionIds) {
		Map<Long, List<SourcedValue>> values = new HashMap<>();
		// The ids as literals, not parameters: H2 checks each row it reads against a list of parameters one
		// by one (half of this read's time for 500 ids), a list of constants in a hash set. They are the
		// store's own numbers (longs), so nothing can be injected.
		String ids = versionIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
		jdbc.sql("""
				SELECT v.item_version_id, v.field, v.fiscal_year, v.num_value, v.text_value, v.unit, v.comparator,
				       v.approximate, v.raw_text, v.sheet_name, v.cell_ref, v.line_no
				FROM item_value v WHERE v.item_version_id IN (%s)
				ORDER BY v.item_version_id, v.fiscal_year, v.id
				""".formatted(ids))
			.query((ResultSet rs) -> {
				int year = rs.getInt(3);
				Integer fiscalYear = rs.wasNull() ? null : year;
				java.math.BigDecimal number = rs.getBigDecimal(4);
				values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new SourcedValue(vocabulary.stored(rs.getString(2), fiscalYear != null), fiscalYear, number == null ? null : plain(number), rs.getString(5),
							rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getString(10),
							rs.getString(11), integer(rs, 12)));
			});
		return values;
	}

	/**
	 * The layout most of a plan's current items were read in, per plan (ties: the first by name); plans whose
	 * items were all loaded before layouts were recorded are absent.
	 */
	public Map<String, String> planLayouts() {
		Map<String, String> layouts = new HashMap<>();
		jdbc.sql("""
				SELECT p.name, iv.layout, COUNT(*) AS n
				FROM current_item_version cur
				JOIN item_version iv ON iv.id = cur.id
				JOIN item i ON i.id = iv.item_id
				JOIN subcategory sc ON sc.id = i.subcategory_id
				JOIN category c ON c.id = sc.category_id
				JOIN plan p ON p.id = c.plan_id
				WHERE iv.layout IS NOT NULL
				GROUP BY p.name, iv.layout
				ORDER BY p.name, n DESC, iv.layout
				""").query((ResultSet rs) -> {
			layouts.putIfAbsent(rs.getString(1), rs.getString(2));
		});
		return layouts;
	}

	public List<PlanPeriod> planPeriods() {
		return jdbc.sql("""
				SELECT p.name, MIN(s.plan_first_year) AS first_year, MAX(s.plan_last_year) AS last_year,
				       MAX(s.report_year) AS report_year
				FROM plan p LEFT JOIN submission s ON s.plan_id = p.id
				GROUP BY p.id, p.name ORDER BY p.name
				""").query((rs, n) -> new PlanPeriod(rs.getString(1), integer(rs, 2), integer(rs, 3), integer(rs, 4)))
			.list();
	}

	public List<StoredFinding> findings() {
		return jdbc.sql("""
				SELECT f.submission_id, s.file_name, f.severity, f.sheet_name, f.cell_ref, f.message, f.expected
				FROM finding f JOIN submission s ON s.id = f.submission_id
				ORDER BY s.file_name, s.id, f.id
				""").query((rs, n) -> new StoredFinding(rs.getLong(1), rs.getString(2), Severity.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
	}

	private static CurrentItem item(ResultSet rs) throws SQLException {
		return new CurrentItem(rs.getLong("item_id"), rs.getString("plan_name"), rs.getInt("c_ord"),
				rs.getString("c_code"), rs.getString("c_name"), rs.getInt("s_ord"), rs.getString("s_code"),
				rs.getString("s_name"), rs.getInt("item_no"), rs.getString("name"), rs.getString("lead"),
				departments(rs.getString("departments")), rs.getString("kpi_name"), rs.getString("kpi_unit"),
				rs.getString("file_name"), rs.getTimestamp("submitted_at").toLocalDateTime(), List.of(),
				rs.getInt("variant"), rs.getLong("submission_id"));
	}

	/** 所管課 are stored one per line, lead first. */
	private static List<String> departments(String stored) {
		return stored == null ? List.of() : stored.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
