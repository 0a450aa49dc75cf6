package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** 所管課 / 関係課 typed with every separator people use: the same departments, in the same order. */
class DepartmentNamesTest {

	private static final List<String> THREE = List.of("業務改善・DX推進課", "財産活用課", "財政課");

	@ParameterizedTest
	@ValueSource(strings = { "業務改善・DX推進課\n財産活用課\n財政課", "業務改善・DX推進課\r\n財産活用課\r\n財政課",
			"業務改善・DX推進課\r財産活用課\r財政課", "業務改善・DX推進課、財産活用課、財政課", "業務改善・DX推進課,財産活用課,財政課",
			"業務改善・DX推進課，財産活用課，財政課", "業務改善・DX推進課 財産活用課 財政課", "業務改善・DX推進課　財産活用課　財政課",
			"業務改善・DX推進課､財産活用課､財政課", "業務改善・DX推進課\t財産活用課\u00a0財政課",
			" 業務改善・DX推進課、 財産活用課 ,\n財政課\n", "業務改善・DX推進課、\r\n財産活用課　、　財政課、",
			"\n\n業務改善・DX推進課\n\n\n財産活用課\u2028財政課\u0085" })
	void everySeparatorGivesTheSameDepartmentsInOrder(String typed) {
		assertThat(DepartmentNames.split(typed)).containsExactlyElementsOf(THREE);
	}

	@Test
	void aMiddleDotIsPartOfTheName() {
		assertThat(DepartmentNames.split("業務改善・DX推進課")).containsExactly("業務改善・DX推進課");
		assertThat(DepartmentNames.split("秘書課・財政課")).containsExactly("秘書課・財政課");
		assertThat(DepartmentNames.split("政策・デジタル推進課、資産活用課")).containsExactly("政策・デジタル推進課", "資産活用課");
	}

	@Test
	void aSeparatorInBracketsBelongsToTheName() {
		assertThat(DepartmentNames.split("企画課（行革担当、DX担当）\n財政課"))
			.containsExactly("企画課（行革担当、DX担当）", "財政課");
		assertThat(DepartmentNames.split("企画課 (行革 担当) 財政課")).containsExactly("企画課 (行革 担当)", "財政課");
		assertThat(DepartmentNames.split("企画課\n（行革担当）")).containsExactly("企画課", "（行革担当）");
	}

	@Test
	void theLeadStaysFirstAndARepeatCountsOnce() {
		assertThat(DepartmentNames.split("財政課\n契約課\n財政課")).containsExactly("財政課", "契約課");
		assertThat(DepartmentNames.split("契約課、財政課")).containsExactly("契約課", "財政課");
	}

	@Test
	void blankTextNamesNobody() {
		assertThat(DepartmentNames.split(null)).isEmpty();
		assertThat(DepartmentNames.split(" 、\n　")).isEmpty();
	}

	@Test
	void storedOnePerLine() {
		assertThat(DepartmentNames.join(THREE)).isEqualTo("業務改善・DX推進課\n財産活用課\n財政課");
		assertThat(DepartmentNames.split(DepartmentNames.join(THREE))).isEqualTo(THREE);
	}

}
