package jp.reform.survey.vocabulary;

/**
 * What a plan measures. A plan's report shows the measures its items carry and leaves the others out
 * (or marks them 「対象外」), never showing an unmeasured one as 0 or as an empty chart.
 */
public enum Measure {

	/** Who and what: plan, categories, No., name, departments. Every plan has it. */
	IDENTITY("項目の名称・所管"),
	/** 実施スケジュール and 進捗: status words per year. */
	STATUS("実施状況"),
	/** 効果目標額 / 効果額 in 千円. */
	EFFECT("効果額"),
	/** 達成度 / 達成率 as entered. */
	ACHIEVEMENT("達成度"),
	/** 成果指標: its name, 数値目標 and 成果状況 per year. */
	KPI("成果指標"),
	/** Planned and actual figures stated in prose, with the sentence as their source. */
	STATED_FIGURES("文中の計画値と実績値"),
	/** The item's own activities, each with its planned action and 実施状況 per year (Iizuka's plan card). */
	ACTIVITIES("年度別の取り組み"),
	/** 目標, 現状と課題, 取組内容, 計画概要, 実施内容, 備考 … */
	TEXT("記述"),
	/** A field an office declared in its own layout profile. */
	OTHER("その他の項目");

	private final String label;

	Measure(String label) {
		this.label = label;
	}

	/** What the office calls it. */
	public String label() {
		return label;
	}

}
