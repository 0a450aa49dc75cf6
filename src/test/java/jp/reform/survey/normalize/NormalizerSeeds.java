package jp.reform.survey.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.reform.survey.normalize.NormalizerFuzzTests.Target;

/**
 * The seed corpus of {@link NormalizerFuzzTests}: every hand-written vector of
 * {@code src/test/resources/normalize} for its normaliser, and a few typical cells for the others.
 * Written by {@code jp.reform.survey.fixture.FuzzSeeds}.
 */
public final class NormalizerSeeds {

	private NormalizerSeeds() {
	}

	public static void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		vectors(dir, "numbers.tsv", Target.NUMBER, 1);
		vectors(dir, "fiscal-years.tsv", Target.FISCAL_YEAR, 1);
		vectors(dir, "fiscal-ranges.tsv", Target.FISCAL_RANGE, 1);
		vectors(dir, "status-words.tsv", Target.STATUS, -1);
		seed(dir, Target.MAJOR_CATEGORY, 0, List.of("Ⅲ", "Ⅲ 財政の健全化", "3.行政運営"));
		seed(dir, Target.MINOR_CATEGORY, 0, List.of("②", "② 歳入の確保", "(2)"));
		seed(dir, Target.LABEL, 0, List.of("効果目標額（千円）", "【実施項目】", "取組の概要・成果等"));
		seed(dir, Target.FIGURES_IN_TEXT, Unit.KYEN.ordinal(), List.of("約1,200千円の削減", "3.5億円（見込み）"));
		seed(dir, Target.STATED_FIGURES, 0,
				List.of("令和5年度は効果額50,205千円、目標60,000千円に対し達成率83.7%。", "R4: 1,234千円 / R5: △395千円"));
		seed(dir, Target.UNIT_HEADER, 0, List.of("（単位：千円）", "効果額(百万円)", "KPI（件）"));
		seed(dir, Target.ERA_MENTIONED, 0, List.of("令和5年度", "H30～R2"));
		seed(dir, Target.NUMERIC_CELL, Unit.KYEN.ordinal(), List.of("50205", "-395.5", "1.0E-7"));
		seed(dir, Target.ACHIEVEMENT_RATE, 0, List.of("50205|60000", "0|0", "-395|100"));
	}

	/** Each vector's cell text; {@code contextColumn} is the vector column naming a unit or era (-1: none). */
	private static void vectors(Path dir, String file, Target target, int contextColumn) throws IOException {
		int n = 0;
		for (VectorFile.Row row : VectorFile.load(file).rows()) {
			int context = contextColumn < 0 ? 0xff : context(row.get(contextColumn));
			Files.write(dir.resolve(name(target, ++n)), NormalizerFuzzTests.input(target, context, row.text()));
		}
	}

	private static void seed(Path dir, Target target, int context, List<String> texts) throws IOException {
		int n = 0;
		for (String text : texts) {
			Files.write(dir.resolve(name(target, ++n)), NormalizerFuzzTests.input(target, context, text));
		}
	}

	/** A Unit or Era name as its ordinal; "-" (none) as a byte that chooses neither. */
	private static int context(String name) {
		for (Unit unit : Unit.values()) {
			if (unit.name().equals(name)) {
				return unit.ordinal();
			}
		}
		for (Era era : Era.values()) {
			if (era.name().equals(name)) {
				return era.ordinal();
			}
		}
		return 0xff;
	}

	private static String name(Target target, int n) {
		return target.name().toLowerCase(Locale.ROOT).replace('_', '-') + String.format("-%03d", n);
	}

}
