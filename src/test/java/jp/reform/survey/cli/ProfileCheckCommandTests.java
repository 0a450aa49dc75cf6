package jp.reform.survey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import jp.reform.survey.fixture.IizukaPlanDraft;
import jp.reform.survey.fixture.ListDraft;
import jp.reform.survey.fixture.ProseDraft;
import jp.reform.survey.fixture.YearsAcrossDraft;
import jp.reform.survey.fixture.draft.DraftSheet;
import jp.reform.survey.fixture.draft.DraftWorkbook;
import jp.reform.survey.fixture.draft.DraftWriter;
import jp.reform.survey.fixture.draft.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --check-profile=FILE.yml --sample=WORKBOOK} on each office layout's fixture: with the right profile every
 * value with its cell; with the profile a new user first writes, the missing fields and the key to set.
 */
class ProfileCheckCommandTests {

	private static final LocalDateTime SAVED = LocalDateTime.of(2025, 5, 20, 9, 0);

	@TempDir
	Path dir;

	/** Exit code and printed report of one try-out. */
	private record Trial(int exit, String report) {
	}

	@Test
	void theRightProfileShowsEveryValueWithItsCell() throws Exception {
		Trial trial = check(YearsAcrossDraft.PROFILE, YearsAcrossDraft.workbooks(SAVED).get(0));

		assertThat(trial.exit()).isZero();
		assertThat(trial.report()).contains("様式定義「tatekei」（行革取組シート（年度横並び））を「行革取組シート_税務課.xlsx」で試しました",
				"■ シート「取組1」", "様式: tatekei として読みました", "✓ 実施項目（item_name）: 取組名（A2）",
				"✓ 行 効果額（effect_actual）: 実績効果額（千円）（A13）",
				"実施項目 Ⅰ-①-1 市税の収納率向上（計画 ○○市行財政改革実施計画、所管課 税務課）",
				"C12 令和6年度 効果目標額（effect_target）: 1200 千円　← 記入「１，２００」",
				"B13 令和5年度 効果額（effect_actual）: -200 千円　← 記入「▲200」", "この様式定義で読めました。");
		assertThat(trial.report()).doesNotContain("D13 令和7年度 効果額");
	}

	@Test
	void yearsAcrossWithoutTheKeyNameTheKey() throws Exception {
		Trial trial = check(YearsAcrossDraft.PROFILE.replace("  yearsAcross: true\n", "").replace("  rows:\n", "  columns:\n"),
				YearsAcrossDraft.workbooks(SAVED).get(1));

		assertThat(trial.exit()).isEqualTo(1);
		assertThat(trial.report()).contains("エラー A9: 年度別の表（見出し「年度」）の年度が縦に並んでいません",
				"yearTable に yearsAcross: true", "この様式定義では実施項目を1つも読めませんでした");
	}

	@Test
	void aListWithoutTheKeyNamesTheKey() throws Exception {
		Trial trial = check(ListDraft.PROFILE.replace("list: true\n", "").replace("yearTable:\n", "yearTable:\n  year: [年度]\n"),
				ListDraft.workbooks(SAVED).get(0));

		assertThat(trial.exit()).isEqualTo(1);
		assertThat(trial.report()).contains("3行目に見出し（番号、取組項目、所管課、取組内容）と年度（令和5年度、令和6年度、令和7年度）が横に並んでいます",
				"様式定義に list: true");
	}

	@Test
	void proseUnderSingleCellHeadingsNamesTheBelowKey() throws Exception {
		DraftWorkbook workbook = ProseDraft.workbook(SAVED);
		DraftSheet sheet = workbook.sheets().get(0);
		for (int row : new int[] { 5, 9 }) {
			sheet.put(row, 0, sheet.at(row, 0).orElseThrow().value(), Role.of(Role.Kind.FORM_LABEL));
		}

		Trial trial = check(ProseDraft.PROFILE, workbook);

		assertThat(trial.report()).contains(
				"警告 A6: 見出し『現状と課題』はありますが、記入がありません（見出しの下の欄に書く様式なら、様式定義の below に current_state を加えます）",
				"警告 A10: 見出し『取組内容』はありますが、記入がありません（見出しの下の欄に書く様式なら、様式定義の below に activities を加えます）");
	}

	/** Iizuka's card tried with 所管課 for 所管部署 and without activityRows. */
	@Test
	void missingRequiredFieldsAreNamedWithTheNearestLabelAndTheKey() throws Exception {
		Path profile = dir.resolve("iizuka-plan.yml");
		Files.copy(Path.of("src/main/resources/profiles/iizuka-plan.yml"), profile);
		Files.writeString(profile, Files.readString(profile).replace("departments: [所管部署]", "departments: [所管課]")
			.replace("  activityRows: true\n", "").replace("  columns:\n    activity_plan: [取組内容]\n    activity_result: [実施状況]\n", "")
			.replace("    activity_result: [実施状況]\n", "    progress: [実施状況]\n"));

		Trial trial = check(profile, IizukaPlanDraft.workbooks(SAVED).get(0));

		assertThat(trial.exit()).isEqualTo(1);
		assertThat(trial.report()).contains(
				"✗ 所管課（departments）: 「所管課」が見つかりません。似た見出し: 2. 所管部署（A7）→ 同じ意味なら form の departments に加えます",
				"エラー: 所管課がありません（様式定義の見出し「所管課」がシートにありません。似た見出し: 2. 所管部署（A7）→ 同じ意味なら form の departments に加えます）",
				"警告 A14: 行の見出し「対象業務の選定」は様式定義（yearTable.rows）にないため、この行の値は読み込んでいません（行が実施項目の取り組みの項目なら、yearTable に activityRows: true を書きます）");
	}

	@Test
	void withoutASampleItSaysHowToUseIt() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int exit = ProfileCheckCommand.run(new String[] { "--check-profile=x.yml" },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(CommandLineOptions.USAGE);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("使い方: --check-profile=");
	}

	private Trial check(String profile, DraftWorkbook workbook) throws Exception {
		Path file = Files.createTempFile(dir, "profile", ".yml");
		Files.writeString(file, profile);
		return check(file, workbook);
	}

	private Trial check(Path profile, DraftWorkbook workbook) throws Exception {
		Path sample = DraftWriter.write(workbook, Files.createTempDirectory(dir, "sample"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = ProfileCheckCommand.run(new String[] { "--check-profile=" + profile, "--sample=" + sample },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String report = bytes.toString(StandardCharsets.UTF_8);
		System.out.println(report);
		return new Trial(exit, report);
	}

}
