package jp.reform.survey.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Annaka's 数値目標 cells (seed 004): one figure at the end is read, anything else is kept as prose. */
class FiguresInTextTest {

	private final FiguresInText figures = new FiguresInText();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"人事交流\\n1名以上|人事交流|1|名|GE",
			"管理職に占\\nめる女性の\\n割合22.0％|管理職に占める女性の割合|22|%|EQ",
			"40団体||40|団体|EQ",
			"女性比率\\n32.5％|女性比率|32.5|%|EQ",
			"研修の実施\\n回数：3回|研修の実施回数|3|回|EQ",
			"区長への依\\n頼業務の数\\n102|区長への依頼業務の数|102|-|EQ",
			"600,000千\\n円||600000|千円|EQ",
			"ＵＭＥＣＡ登録者数\\n3,000人|UMECA登録者数|3000|人|EQ",
			"電子申請システム\\nの登録フォーム数\\n（時点）150件|電子申請システムの登録フォーム数(時点)|150|件|EQ",
			"時間外勤務時間数前年度比▲1%以上|時間外勤務時間数前年度比|-1|%|GE" })
	void readsTheFigureAndKeepsTheWordsAsItsLabel(String text, String label, String value, String unit,
			Comparator comparator) {
		Normalized<FiguresInText.Figure> result = figures.parse(text.replace("\\n", "\n"), Unit.NONE);

		FiguresInText.Figure figure = result.valueOrNull();
		assertThat(figure.isProse()).isFalse();
		assertThat(figure.label()).isEqualTo(label == null ? "" : label);
		assertThat(figure.quantity().value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(figure.quantity().unit()).isEqualTo(unit);
		assertThat(figure.quantity().comparator()).isEqualTo(comparator);
	}

	@ParameterizedTest
	@ValueSource(strings = { "適正な人員\n数を確保", "業績評価\n成績反映", "（導入し\nた場合に\n設定）", "12月までに調査終了",
			"令和8年3月\nまでに公表", "公表時期\n8月までに", "知っている\n91.0％\n内容も把握\n30.0％", "時間外0人\n年休取得15日",
			"新規掲載数\n2/6", "マニュアル整備件数\n令和７年度＋10件", "各地区\n（14地区）", "多数" })
	void keepsProseWhole(String text) {
		FiguresInText.Figure figure = figures.parse(text, Unit.NONE).valueOrNull();

		assertThat(figure.isProse()).isTrue();
		assertThat(figure.label()).isEqualTo(CellText.name(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-", "－", "該当なし" })
	void blankAndDashesAreNoValue(String text) {
		assertThat(figures.parse(text, Unit.NONE)).isInstanceOf(Normalized.NoValue.class);
	}

	@org.junit.jupiter.api.Test
	void sameAsAboveIsPassedOn() {
		assertThat(figures.parse("↓", Unit.NONE)).isInstanceOf(Normalized.SameAsAbove.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"知っている\\n91.0％\\n内容も把握\\n30.0％|知っている=91%;内容も把握=30%",
			"時間外0人\\n年休取得15日|時間外=0人;年休取得=15日",
			"・常勤医師11人\\n・病床149床\\n・利用率72.5％|常勤医師=11人;病床=149床;利用率=72.5%",
			"公表時期\\n8月までに|公表時期=202508年月≤",
			"2月までに\\n公表|公表=202602年月≤",
			"令和9年3月\\nまでに公表|公表=202703年月≤",
			"12月までに調査終了|調査終了=202512年月≤",
			"12月まで\\nに公表|公表=202512年月≤",
			"マニュアル整備件数\\n令和７年度＋40件|マニュアル整備件数 令和7年度+=40件",
			"各地区\\n（14地区）|各地区=14地区" })
	void readsEveryFigureAndADeadlineOfATargetWrittenAsText(String text, String expected) {
		String read = String.join(";", figures.parseAll(text.replace("\\n", "\n"), Unit.NONE, 2025)
			.stream()
			.map(f -> f.label() + "=" + f.quantity().value().stripTrailingZeros().toPlainString() + f.quantity().unit()
					+ (f.quantity().comparator() == Comparator.EQ ? "" : f.quantity().comparator().symbol()))
			.toList());

		assertThat(read).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "新規掲載数\n2/6", "適正な人員\n数を確保", "（導入し\nた場合に\n設定）", "" })
	void proseWithoutFiguresGivesNone(String text) {
		assertThat(figures.parseAll(text, Unit.NONE, 2025)).isEmpty();
	}

}
