package jp.reform.survey.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import jp.reform.survey.normalize.AchievementRates;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * Works out the plan's 達成度: the latest fiscal year in which any item has one (entered, or computable
 * from a KPI target and actual of the same unit), and each item's rate that year. A rate is computed only
 * where none was entered: actual ÷ target × 100, or target ÷ actual × 100 for a KPI where lower is better.
 */
final class Achievements {

	private final AchievementRates rates = new AchievementRates();

	AchievementSummary of(List<CurrentItem> items) {
		OptionalInt year = items.stream()
			.flatMap(i -> years(i).stream())
			.mapToInt(Integer::intValue)
			.max();
		if (year.isEmpty()) {
			return AchievementSummary.NONE;
		}
		List<Achievement> achievements = new ArrayList<>();
		for (CurrentItem item : items) {
			achievements.add(of(item, year.getAsInt()));
		}
		return AchievementSummary.of(year.getAsInt(), achievements);
	}

	/** The years in which the item has a 達成度, entered or computable. */
	private List<Integer> years(CurrentItem item) {
		List<Integer> years = new ArrayList<>();
		item.values()
			.stream()
			.map(SourcedValue::fiscalYear)
			.filter(Objects::nonNull)
			.distinct()
			.filter(y -> entered(item, y).isPresent() || computed(item, y).isPresent())
			.forEach(years::add);
		return years;
	}

	Achievement of(CurrentItem item, int year) {
		Optional<SourcedValue> entered = entered(item, year);
		if (entered.isPresent()) {
			return new Achievement(item, entered.get().number(), false, entered.get());
		}
		return computed(item, year).orElse(new Achievement(item, null, false, null));
	}

	private static Optional<SourcedValue> entered(CurrentItem item, int year) {
		return item.value(Field.RATE, year).filter(v -> v.number() != null);
	}

	private Optional<Achievement> computed(CurrentItem item, int year) {
		Optional<SourcedValue> target = item.value(Field.KPI_TARGET, year).filter(v -> v.number() != null);
		Optional<SourcedValue> actual = item.value(Field.KPI_ACTUAL, year).filter(v -> v.number() != null);
		if (target.isEmpty() || actual.isEmpty() || !Objects.equals(target.get().unit(), actual.get().unit())) {
			return Optional.empty();
		}
		BigDecimal t = target.get().number();
		BigDecimal a = actual.get().number();
		Optional<BigDecimal> rate = KpiDirection.of(item, target.get()) == KpiDirection.LOWER ? rates.rate(t, a)
				: rates.rate(a, t);
		return rate.map(r -> new Achievement(item, r, true, actual.get()));
	}

}
