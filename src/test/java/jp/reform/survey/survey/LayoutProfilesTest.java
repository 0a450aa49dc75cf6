package jp.reform.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import jp.reform.survey.vocabulary.Field;

class LayoutProfilesTest {

	@TempDir
	Path dir;

	@Test
	void theShippedProfilesAreStandardOgoriAndAnnaka() {
		LayoutProfiles profiles = LayoutProfiles.builtIn();

		assertThat(profiles.all()).extracting(LayoutProfile::name).containsExactly("standard", "ogori", "annaka", "iizuka-plan");
		LayoutProfile standard = profiles.named("standard");
		assertThat(standard.formLabels()).containsEntry("目標", Field.GOAL).containsEntry("NO.", Field.ITEM_NO);
		assertThat(standard.yearTable().columns()).containsEntry("効果額", Field.EFFECT_ACTUAL);
		assertThat(standard.coverLabels()).containsEntry("提出日", CoverKey.SUBMITTED);
		LayoutProfile ogori = profiles.named("ogori");
		assertThat(ogori.cardAnchor()).isEqualTo(Field.ITEM_NO);
		assertThat(ogori.yearTable().rowKinds()).containsEntry("実績", RowKind.ACTUAL);
		assertThat(ogori.yearTable().besideYearField(RowKind.PLAN)).isEqualTo(Field.PLAN_TEXT);
		assertThat(ogori.yearTable().endsAtBlankRow()).isTrue();
		assertThat(ogori.defaults().planFirstYear()).isEqualTo(2022);
		LayoutProfile annaka = profiles.named("annaka");
		assertThat(annaka.itemNoFromName()).isTrue();
		assertThat(annaka.yearTable().figuresInText()).containsExactlyInAnyOrder(Field.KPI_TARGET, Field.KPI_ACTUAL);
		assertThat(annaka.defaults().planLastYear()).isEqualTo(2029);
	}

	@Test
	void anOfficeFolderAddsProfilesAndReplacesAShippedOneOfTheSameName() throws IOException {
		Files.writeString(dir.resolve("ogori.yml"), """
				name: ogori
				detect: [item_no]
				form:
				  item_no: [項目番号]
				yearTable:
				  year: [年度]
				defaults:
				  plan_name: 小郡市行政経営行動計画（改訂版）
				""");
		Files.writeString(dir.resolve("mycity.yaml"), """
				name: mycity
				title: ○○市 進行管理票
				detect: [item_name]
				form:
				  item_name: [取組名]
				yearTable:
				  year: 年度
				  columns:
				    effect_actual: 削減額
				""");
		Files.writeString(dir.resolve("notes.txt"), "not a profile");

		LayoutProfiles profiles = LayoutProfiles.load(dir);

		assertThat(profiles.all()).extracting(LayoutProfile::name).containsExactly("standard", "annaka", "iizuka-plan", "mycity", "ogori");
		assertThat(profiles.named("ogori").defaults().planName()).isEqualTo("小郡市行政経営行動計画（改訂版）");
		assertThat(profiles.named("mycity").title()).isEqualTo("○○市 進行管理票");
		assertThat(profiles.named("mycity").yearTable().columns()).containsEntry("削減額", Field.EFFECT_ACTUAL);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"name: x\\ndetect: [item_name]\\nform: {item_name: [取組名]}\\nyearTable: {year: [年度]}\\ncolour: red|「colour」は使えません",
			"name: x\\ndetect: [item_name]\\nform: {itemname: [取組名]}\\nyearTable: {year: [年度]}|項目名「itemname」は使えません",
			"name: x\\ndetect: [item_no]\\nform: {item_name: [取組名]}\\nyearTable: {year: [年度]}|detect の item_no に「form」の見出しがありません",
			"name: x\\ndetect: [item_name]\\nform: {item_name: [取組名], effect_actual: [削減額]}\\nyearTable: {year: [年度]}|effect_actual は年度の表の項目です",
			"name: x\\ndetect: [item_name]\\nform: {item_name: [取組名]}\\nyearTable: {year: [年度], columns: {goal: [目標]}}|goal は年度の表の列には使えません",
			"name: x\\ndetect: [item_name]\\nform: {item_name: [取組名]}\\nyearTable: {year: [年度]}\\ndefaults: {period: 来年度}|defaults.period の計画期間が読めません",
			"name: x\\ndetect: [item_name]\\nform: {item_name: [取組名]}\\nyearTable: {year: [年度]}\\ndefaults: {category: 実施項目}|defaults.category は「Ⅰ 実施項目」のように",
			"detect: [item_name]\\nform: {item_name: [取組名]}\\nyearTable: {year: [年度]}|「name」（様式の名前）がありません",
			"name: x\\ndetect: [item_name]\\nform: {item_name: [取組名], goal: [取組名]}\\nyearTable: {year: [年度]}|見出し「取組名」が2つの項目に使われています",
			"name: x\\n  detect: [|YAMLとして読めません" })
	void aProfileThatCannotBeUsedStopsTheRunWithItsFileAndTheReason(String yaml, String reason) throws IOException {
		Path file = Files.writeString(dir.resolve("broken.yml"), yaml.replace("\\n", "\n"));

		assertThatThrownBy(() -> LayoutProfiles.load(dir)).isInstanceOf(LayoutProfileException.class)
			.hasMessageContaining(file.toString())
			.hasMessageContaining(reason);
	}

	@Test
	void aMissingOfficeFolderIsAnError() {
		assertThatThrownBy(() -> LayoutProfiles.load(dir.resolve("nowhere"))).isInstanceOf(LayoutProfileException.class)
			.hasMessageContaining("様式定義のフォルダがありません");
	}

}
