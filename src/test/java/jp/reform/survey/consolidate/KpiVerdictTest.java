package jp.reform.survey.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

import org.junit.jupiter.api.Test;

/**
 * Which way a KPI is good decides 達成 / 未達成 and the computed 達成度: the target's bound first, then the
 * direction the layout's profile gave the KPI (stored with the item), else higher is better.
 */
class KpiVerdictTest {

	private static final int YEAR = 2024;

	@Test
	void withoutABoundTheProfilesDirectionDecides() {
		SourcedValue target = figure(Field.KPI_TARGET, "10000", null);
		SourcedValue actual = figure(Field.KPI_ACTUAL, "9500", null);

		assertThat(KpiVerdict.of(item(false, target, actual), target, actual)).isEqualTo(KpiVerdict.MISSED);
		assertThat(KpiVerdict.of(item(true, target, actual), target, actual)).isEqualTo(KpiVerdict.MET);
		assertThat(KpiDirection.of(item(true, target, actual), null)).isEqualTo(KpiDirection.LOWER);
		assertThat(KpiDirection.of(item(false, target, actual), null)).isEqualTo(KpiDirection.HIGHER);
	}

	@Test
	void aBoundWinsOverTheProfile() {
		SourcedValue atLeast = figure(Field.KPI_TARGET, "10000", "≥");
		SourcedValue atMost = figure(Field.KPI_TARGET, "10000", "≤");
		SourcedValue actual = figure(Field.KPI_ACTUAL, "9500", null);

		assertThat(KpiVerdict.of(item(true, atLeast, actual), atLeast, actual)).isEqualTo(KpiVerdict.MISSED);
		assertThat(KpiVerdict.of(item(false, atMost, actual), atMost, actual)).isEqualTo(KpiVerdict.MET);
	}

	@Test
	void theComputedAchievementOfALowerIsBetterKpiIsTargetOverActual() {
		SourcedValue target = figure(Field.KPI_TARGET, "9000", null);
		SourcedValue actual = figure(Field.KPI_ACTUAL, "10000", null);
		CurrentItem lower = item(true, target, actual);
		CurrentItem higher = item(false, target, actual);

		Achievements achievements = new Achievements();
		assertThat(achievements.of(lower, YEAR).rate()).isEqualByComparingTo("90.00");
		assertThat(achievements.of(higher, YEAR).rate()).isEqualByComparingTo("111.11");
	}

	private static SourcedValue figure(Field field, String number, String bound) {
		return new SourcedValue(field, YEAR, new BigDecimal(number), null, "時間", bound, false, number, "時間外", "D13");
	}

	private static CurrentItem item(boolean lowerIsBetter, SourcedValue... yearValues) {
		List<SourcedValue> values = new ArrayList<>(List.of(yearValues));
		if (lowerIsBetter) {
			values.add(SourcedValue.text(Field.KPI_DIRECTION, null, Field.LOWER_IS_BETTER, "時間外勤務時間", "時間外", "D9"));
		}
		return new CurrentItem(1, "計画", 1, "Ⅱ", "行政運営", 1, "①", "働き方", 1, "時間外勤務の縮減", "人事課",
				List.of("人事課"), "時間外勤務時間", "時間", "a.xlsx", null, values);
	}

}
