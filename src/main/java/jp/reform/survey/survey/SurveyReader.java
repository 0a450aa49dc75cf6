package jp.reform.survey.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.reform.survey.normalize.FiscalYears;
import jp.reform.survey.normalize.Numbers;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.workbook.CellRefs;
import jp.reform.survey.workbook.SheetGrid;
import jp.reform.survey.workbook.WorkbookGrid;
import jp.reform.survey.vocabulary.Finding;
import jp.reform.survey.vocabulary.Severity;

/**
 * Reads a whole survey workbook: the cover first (it gives the plan and its era), then every item
 * sheet in whichever layout it is (detected per sheet from the layout profiles). Hidden, empty and
 * unrecognised sheets are skipped with a note, never failed; an unrecognised sheet that carries
 * known labels is reported with them, since it may be an item sheet in a layout nobody described.
 */
public final class SurveyReader {

	/** A sheet recognised as an item sheet, with its layout. */
	private record ItemSheet(SheetLabels sheet, LayoutProfile profile) {
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final CanonicalLabels canonicalLabels = new CanonicalLabels();

	private final LayoutProfiles profiles;

	private final LayoutDetector detector;

	private final CoverSheetReader covers;

	private final ItemSheetReader items;

	private final CellValues cellValues;

	public SurveyReader() {
		this(LayoutProfiles.builtIn());
	}

	public SurveyReader(LayoutProfiles profiles) {
		FiscalYears fiscalYears = new FiscalYears();
		this.cellValues = new CellValues(fiscalYears, new Numbers());
		this.profiles = profiles;
		this.detector = new LayoutDetector(profiles);
		this.covers = new CoverSheetReader(fiscalYears, profiles.coverLabels());
		this.items = new ItemSheetReader(new ItemNumbers(),
				new YearTableNormalizer(fiscalYears, new StatusWords(), cellValues));
	}

	public SurveyResult read(WorkbookGrid workbook) {
		List<Finding> findings = new ArrayList<>();
		CoverInfo cover = CoverInfo.empty();
		List<ItemSheet> candidates = new ArrayList<>();
		FormMetadata form = null;
		for (SheetGrid sheet : workbook.sheets()) {
			Optional<FormMetadata> metadata = sheet.hidden() ? FormMetadata.read(sheet) : Optional.empty();
			if (metadata.isPresent()) {
				form = metadata.get();
				findings.add(Finding.note(sheet.name(), "配布した調査票（" + form.department() + "、" + form.surveyYear()
						+ "年度開始の年度用）として読み取りました"));
				continue;
			}
			if (sheet.hidden()) {
				findings.add(Finding.note(sheet.name(), "非表示のシートのため読み飛ばしました"));
				continue;
			}
			if (sheet.isEmpty()) {
				findings.add(Finding.note(sheet.name(), "空のシートのため読み飛ばしました"));
				continue;
			}
			SheetLabels labels = new SheetLabels(sheet, canonicalLabels);
			LayoutDetector.Detection detection = detector.detect(labels);
			if (detection instanceof LayoutDetector.Match match) {
				candidates.add(new ItemSheet(labels, match.profile()));
			}
			else if (covers.looksLikeCover(labels) && cover.equals(CoverInfo.empty())) {
				cover = covers.read(labels, findings);
			}
			else {
				findings.add(unrecognised(sheet, (LayoutDetector.NoMatch) detection));
			}
		}
		LayoutProfile generated = form == null ? null : generatedFormProfile(form);
		List<SurveyItem> read = new ArrayList<>();
		for (ItemSheet detected : candidates) {
			ItemSheet candidate = generated == null ? detected : new ItemSheet(detected.sheet(), generated);
			CoverInfo plan = cover.withDefaults(candidate.profile().defaults());
			if (candidate.profile().list()) {
				list(candidate.sheet(), candidate.profile(), plan, findings)
					.forEach(item -> read.add(item.withLayout(candidate.profile().name())));
				continue;
			}
			for (ItemBlock block : ItemBlocks.of(candidate.sheet(), candidate.profile())) {
				items.read(candidate.sheet(), block, candidate.profile(), plan, findings)
					.map(item -> item.withLayout(candidate.profile().name()))
					.ifPresent(read::add);
			}
		}
		if (candidates.isEmpty()) {
			findings.add(new Finding(Severity.ERROR, null, null, "実施項目のシートが1枚もありません",
					"「実施項目」の欄と年度別の表があるシート（様式: 標準様式ほか、様式定義ファイルにあるもの）"));
		}
		CoverInfo effective = candidates.isEmpty() ? cover : cover.withDefaults(candidates.get(0).profile().defaults());
		return new SurveyResult(effective, withoutDuplicates(read, findings), findings, form);
	}

	/**
	 * A form this product generated is read in the form profile of the layout it was made for, so each column
	 * means the field it was printed for, normalised by that layout's rules; null when the form names no layout,
	 * or one this installation no longer has (then its sheets are read in whichever layout they fit).
	 */
	private LayoutProfile generatedFormProfile(FormMetadata form) {
		return form.layout() == null ? null
				: profiles.all()
					.stream()
					.filter(p -> p.name().equals(form.layout()))
					.findFirst()
					.map(GeneratedFormProfile::of)
					.orElse(null);
	}

	/** The items of a list sheet (一覧表形式), one per row, and its 合計 row checked against them. */
	private List<SurveyItem> list(SheetLabels sheet, LayoutProfile profile, CoverInfo plan, List<Finding> findings) {
		String name = sheet.sheet().name();
		Optional<ItemList> list = ItemList.find(sheet, profile);
		if (list.isEmpty()) {
			findings.add(Finding.error(name, null, "一覧の見出しの行が見つかりません", "1つの行に見出し「"
					+ String.join("」「", profile.detect().stream().flatMap(f -> profile.labelsOf(f).stream().limit(1)).toList())
					+ "」が並ぶ一覧（" + profile.title() + "）"));
			return List.of();
		}
		if (list.get().years().isEmpty()) {
			findings.add(Finding.error(name, CellRefs.a1(list.get().header(), 0), "一覧の見出しの行に年度がありません",
					"見出しの行に「令和5年度」「R6」のような年度（その下に "
							+ String.join("・", profile.yearTable().columns().keySet().stream().sorted().toList()) + " の見出し）"));
			return List.of();
		}
		List<SurveyItem> read = new ArrayList<>();
		for (ItemList.Row row : list.get().rows()) {
			items.read(sheet, row.block(), profile, plan, findings, row.form(), Optional.of(row.table()))
				.ifPresent(read::add);
		}
		list.get().checkTotal(name, read, cellValues, findings);
		return read;
	}

	/** Whether a sheet that is in no layout is read as the cover 「表紙」. */
	boolean isCover(SheetGrid sheet) {
		return covers.looksLikeCover(new SheetLabels(sheet, canonicalLabels));
	}

	/** The layout a sheet is read in, if any (what the reader decides for each visible, non-empty sheet). */
	public Optional<LayoutProfile> layoutOf(SheetGrid sheet) {
		return detector.detect(new SheetLabels(sheet, canonicalLabels)) instanceof LayoutDetector.Match match
				? Optional.of(match.profile())
				: Optional.empty();
	}

	private static Finding unrecognised(SheetGrid sheet, LayoutDetector.NoMatch noMatch) {
		if (noMatch.labels().isEmpty()) {
			return Finding.note(sheet.name(), "どの様式の見出しもないため、実施項目のシートではないと判断し読み飛ばしました");
		}
		String found = noMatch.labels()
			.stream()
			.map(c -> SPACES.matcher(c.text().strip()).replaceAll(" ") + "（" + c.ref() + "）")
			.collect(Collectors.joining("、"));
		return new Finding(Severity.WARNING, sheet.name(), null,
				"どの様式にも当てはまらないため読み飛ばしました。見つかった見出し: " + found,
				"様式の見出し（標準様式なら「実施項目」と「年度」の表）。別の様式なら様式定義ファイルを追加してください");
	}

	/**
	 * Two items with one number in one workbook: with different names both are real (安中市 numbers two items
	 * 2(3)①) — the later one is kept as a variant of the number, with a warning at both sheets; with the
	 * same name it is the same item twice, and the later one is held back with an error naming both.
	 */
	private static List<SurveyItem> withoutDuplicates(List<SurveyItem> items, List<Finding> findings) {
		Map<String, List<SurveyItem>> byKey = new HashMap<>();
		List<SurveyItem> kept = new ArrayList<>();
		for (SurveyItem item : items) {
			String key = item.planName() + "|" + item.category().ordinal() + "|" + item.subcategory().ordinal() + "|"
					+ item.itemNo();
			List<SurveyItem> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
			SurveyItem twin = same.stream().filter(s -> s.name().equals(item.name())).findFirst().orElse(null);
			if (twin != null) {
				findings.add(Finding.error(item.sheet(), null, "番号 " + item.code() + " の実施項目「" + item.name()
						+ "」がシート「" + twin.sheet() + "」にもあるため、このシートの取り込みを保留しました", "実施項目ごとに1シート"));
				continue;
			}
			SurveyItem variant = item.withVariant(same.size() + 1);
			if (!same.isEmpty()) {
				SurveyItem first = same.get(0);
				String message = "番号 " + first.code() + " の実施項目が2つ以上あります（シート「" + first.sheet() + "」の「"
						+ first.name() + "」とシート「" + item.sheet() + "」の「" + item.name() + "」）。名称が異なるので別の項目として取り込み、後の方を "
						+ variant.code() + " としました";
				findings.add(Finding.warning(first.sheet(), null, message));
				findings.add(Finding.warning(item.sheet(), null, message));
			}
			same.add(variant);
			kept.add(variant);
		}
		return kept;
	}

}
