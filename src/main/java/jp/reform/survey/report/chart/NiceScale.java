package jp.reform.survey.report.chart;

/**
 * An axis from 0 to a round maximum with 4–5 round steps (1, 2, 2.5 or 5 × 10ⁿ), so gridlines carry
 * readable 千円 values instead of 3,812,347.
 */
record NiceScale(double max, double step) {

	static NiceScale upTo(double value) {
		if (!(value > 0)) {
			return new NiceScale(1, 1);
		}
		double rough = value / 4;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double step = magnitude;
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			step = factor * magnitude;
			if (step >= rough) {
				break;
			}
		}
		return new NiceScale(Math.ceil(value / step) * step, step);
	}

	int ticks() {
		return (int) Math.round(max / step);
	}

}
