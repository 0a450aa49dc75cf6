package jp.reform.survey.review;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reform.review}: each rule of 見直し候補 can be switched off ({@code enabled: false})
 * or given another threshold in application.yml, without touching Java.
 */
@ConfigurationProperties("reform.review")
public record ReviewProperties(@DefaultValue Stalled stalled, @DefaultValue BehindSchedule behindSchedule,
		@DefaultValue Effect lowEffect, @DefaultValue KpiWorsening kpiWorsening,
		@DefaultValue LowAchievement lowAchievement, @DefaultValue TargetTooLow targetTooLow) {

	/** The shipped defaults, as application.yml states them. */
	public static ReviewProperties defaults() {
		return new ReviewProperties(new Stalled(true, 3), new BehindSchedule(true), new Effect(true, BigDecimal.valueOf(50)),
				new KpiWorsening(true, 2), new LowAchievement(true, BigDecimal.valueOf(50)),
				new TargetTooLow(true, BigDecimal.valueOf(300)));
	}

	/** @param years how many of the last years 進捗 must be a not-implemented word */
	public record Stalled(@DefaultValue("true") boolean enabled, @DefaultValue("3") int years) {
	}

	public record BehindSchedule(@DefaultValue("true") boolean enabled) {
	}

	/** @param belowPercent 効果額 達成率 over the plan period below this (percent) makes a candidate */
	public record Effect(@DefaultValue("true") boolean enabled, @DefaultValue("50") BigDecimal belowPercent) {
	}

	/** @param years how many years in a row the KPI must have worsened */
	public record KpiWorsening(@DefaultValue("true") boolean enabled, @DefaultValue("2") int years) {
	}

	/** @param belowPercent an entered 達成度 below this (percent) makes a candidate */
	public record LowAchievement(@DefaultValue("true") boolean enabled, @DefaultValue("50") BigDecimal belowPercent) {
	}

	/** @param abovePercent 効果額 達成率 over the plan period above this (percent) makes a candidate */
	public record TargetTooLow(@DefaultValue("true") boolean enabled, @DefaultValue("300") BigDecimal abovePercent) {
	}

}
