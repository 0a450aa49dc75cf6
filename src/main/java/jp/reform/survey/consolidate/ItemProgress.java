package jp.reform.survey.consolidate;

import java.util.Comparator;

import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Status;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Field;

/**
 * Whether an item counts as implemented: its latest non-empty 進捗 up to a year is an implemented word.
 * Public so the reports' item and department views count exactly as 推進項目の一覧 does.
 */
public final class ItemProgress {

	private final StatusWords statusWords;

	public ItemProgress(StatusWords statusWords) {
		this.statusWords = statusWords;
	}

	public boolean implementedAsOf(CurrentItem item, int fiscalYear) {
		return item.values()
			.stream()
			.filter(v -> Field.PROGRESS.equals(v.field()) && v.fiscalYear() != null && v.fiscalYear() <= fiscalYear
					&& v.text() != null)
			.max(Comparator.comparing(SourcedValue::fiscalYear))
			.map(v -> statusWords.parse(v.text()))
			.filter(s -> s instanceof Normalized.Value<Status>)
			.map(s -> ((Normalized.Value<Status>) s).value().implemented())
			.orElse(false);
	}

	/** Implemented as of the last of the plan's years: the count of 推進項目の一覧. */
	public boolean implementedAtEnd(CurrentItem item, java.util.List<Integer> years) {
		return !years.isEmpty() && implementedAsOf(item, years.get(years.size() - 1));
	}

}
