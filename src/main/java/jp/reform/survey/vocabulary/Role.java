package jp.reform.survey.vocabulary;

/**
 * The part a field plays within its measure, so a rule can pair a target with its actual whatever the
 * measure (効果目標額 → 効果額, 数値目標 → 成果状況, a stated plan → its stated result).
 */
public enum Role {

	TARGET, ACTUAL, RATE, PLAN, RESULT, NAME, NONE

}
