package jp.reform.survey.report;

import java.util.List;
import java.util.stream.Collectors;

import jp.reform.survey.normalize.Comparator;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/**
 * A stored value as the reports write it, by its field's kind: money in 千円 with separators, a rate with
 * %, a figure with 約, its unit and its bound as the office writes it (「1名以上」), a deadline as
 * 「8月まで」, words and prose as entered. One place, so the summary, the xlsx and the CSV agree.
 */
final class ValueText {

	private final JapaneseFormats fmt;

	ValueText(JapaneseFormats fmt) {
		this.fmt = fmt;
	}

	String of(SourcedValue v) {
		if (v == null) {
			return "";
		}
		if (v.number() == null) {
			return v.text() == null ? "" : v.text().strip();
		}
		String about = v.approximate() ? "約" : "";
		return switch (v.field().kind()) {
			case MONEY -> about + fmt.kyen(v.number());
			case RATE -> about + fmt.number(v.number()) + "%";
			default -> figure(v, about);
		};
	}

	private String figure(SourcedValue v, String about) {
		String label = v.field() == Field.STATED_TARGET || v.field() == Field.STATED_ACTUAL || v.text() == null
				|| v.text().equals(v.raw()) ? "" : v.text();
		if ("年月".equals(v.unit())) {
			String month = v.number().toBigInteger().mod(java.math.BigInteger.valueOf(100)).toString();
			return label + month + "月まで";
		}
		String unit = v.unit() == null ? "" : v.unit();
		return label + about + fmt.number(v.number()) + unit
				+ Comparator.fromSymbol(v.comparator()).map(Comparator::word).orElse("");
	}

	/** Several values of one cell (two figures in one target), joined as the reports list them. */
	String all(List<SourcedValue> values) {
		return values.stream().map(this::of).filter(s -> !s.isBlank()).collect(Collectors.joining("、"));
	}

	ValueView view(String file, SourcedValue v) {
		String text = of(v);
		return text.isBlank() ? ValueView.NONE : new ValueView(text, SourceRef.of(file, v));
	}

	/** Several values of one field and year: one view, sourced to the first cell. */
	ValueView view(String file, List<SourcedValue> values) {
		if (values.isEmpty()) {
			return ValueView.NONE;
		}
		if (values.size() == 1) {
			return view(file, values.get(0));
		}
		String text = all(values);
		return text.isBlank() ? ValueView.NONE : new ValueView(text, SourceRef.of(file, values.get(0)));
	}

}
