package jp.reform.survey.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Minimal SVG markup builder: elements are appended as text, every attribute value and text node
 * escaped, so department-entered names can never break out of the chart. Coordinates are written
 * with one decimal in a locale-independent form.
 */
final class Svg {

	/** Ink shades that stay apart in grayscale print. */
	static final String INK = "#111";

	static final String DARK = "#4a4a4a";

	static final String MID = "#8c8c8c";

	static final String LIGHT = "#d0d0d0";

	private final StringBuilder out = new StringBuilder();

	private final String idPrefix;

	/**
	 * @param idPrefix unique per chart on a page: several inline SVGs share one id namespace
	 */
	Svg(double width, double height, String idPrefix, String title) {
		this.idPrefix = idPrefix;
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(num(width))
			.append(' ')
			.append(num(height))
			.append("\" width=\"")
			.append(num(width))
			.append("\" height=\"")
			.append(num(height))
			.append("\" aria-labelledby=\"")
			.append(id("title"))
			.append("\"><title id=\"")
			.append(id("title"))
			.append("\">")
			.append(escape(title))
			.append("</title>");
	}

	/** Patterns used as fills: diagonal hatching for 目標, so target and actual differ without colour. */
	Svg hatchPattern(String name) {
		out.append("<defs><pattern id=\"")
			.append(id(name))
			.append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
			.append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
			.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
			.append(DARK)
			.append("\" stroke-width=\"2\"/></pattern></defs>");
		return this;
	}

	String ref(String name) {
		return "url(#" + id(name) + ")";
	}

	private String id(String name) {
		return idPrefix + "-" + name;
	}

	Svg rect(double x, double y, double w, double h, String fill, String stroke) {
		out.append("<rect");
		attr("x", num(x)).attr("y", num(y)).attr("width", num(Math.max(0, w))).attr("height", num(Math.max(0, h)));
		attr("fill", fill);
		if (stroke != null) {
			attr("stroke", stroke).attr("stroke-width", "1");
		}
		out.append("/>");
		return this;
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
		out.append("<line");
		attr("x1", num(x1)).attr("y1", num(y1)).attr("x2", num(x2)).attr("y2", num(y2));
		attr("stroke", stroke).attr("stroke-width", num(width));
		if (dash != null) {
			attr("stroke-dasharray", dash);
		}
		out.append("/>");
		return this;
	}

	Svg polyline(List<double[]> points, String stroke, double width, String dash) {
		out.append("<polyline");
		attr("fill", "none").attr("stroke", stroke).attr("stroke-width", num(width)).attr("stroke-linejoin", "round");
		if (dash != null) {
			attr("stroke-dasharray", dash);
		}
		out.append(" points=\"");
		for (double[] p : points) {
			out.append(num(p[0])).append(',').append(num(p[1])).append(' ');
		}
		out.append("\"/>");
		return this;
	}

	/** A point marker; hollow markers (fill white) mark targets, filled ones actual values. */
	Svg circle(double cx, double cy, double r, String fill, String stroke, String title) {
		out.append("<circle");
		attr("cx", num(cx)).attr("cy", num(cy)).attr("r", num(r));
		attr("fill", fill).attr("stroke", stroke).attr("stroke-width", "1.2");
		if (title == null) {
			out.append("/>");
		}
		else {
			out.append("><title>").append(escape(title)).append("</title></circle>");
		}
		return this;
	}

	/** Text; {@code anchor} is start, middle or end; {@code weight} bold or null. */
	Svg text(double x, double y, String text, String anchor, double size, String fill, String weight) {
		return text(x, y, text, anchor, size, fill, weight, false);
	}

	/**
	 * Text with a white halo when {@code halo}: a value label stays legible where it crosses a line or
	 * gridline, which matters most in grayscale print. The halo is a white, outlined copy drawn first (hidden
	 * from assistive technology), not an outline under the text itself: that needs SVG 2's paint-order, which
	 * Batik, drawing the charts into report.pdf, paints in the wrong order — the figure came out white on white.
	 */
	Svg text(double x, double y, String text, String anchor, double size, String fill, String weight, boolean halo) {
		if (halo) {
			text(x, y, text, anchor, size, "#fff", weight,
					" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\"");
		}
		return text(x, y, text, anchor, size, fill, weight, "");
	}

	/** One text element, {@code more} its further attributes as written. */
	private Svg text(double x, double y, String text, String anchor, double size, String fill, String weight,
			String more) {
		openText(x, y, anchor, size, fill);
		if (weight != null) {
			attr("font-weight", weight);
		}
		out.append(more).append('>').append(escape(text)).append("</text>");
		return this;
	}


	/** Text carrying a hover title (e.g. the 西暦 form of a 和暦 year label). */
	Svg textWithTitle(double x, double y, String text, String title, String anchor, double size) {
		openText(x, y, anchor, size, INK);
		out.append("><title>")
			.append(escape(title))
			.append("</title>")
			.append(escape(text))
			.append("</text>");
		return this;
	}

	/** Opens a group with a hover title; close with {@link #end()}. */
	Svg group(String title) {
		out.append("<g>");
		if (title != null) {
			out.append("<title>").append(escape(title)).append("</title>");
		}
		return this;
	}

	Svg end() {
		out.append("</g>");
		return this;
	}

	/** The start of a text element up to its fill, left open for further attributes. */
	private void openText(double x, double y, String anchor, double size, String fill) {
		out.append("<text");
		attr("x", num(x)).attr("y", num(y)).attr("text-anchor", anchor).attr("font-size", num(size)).attr("fill", fill);
	}

	/** One attribute, value escaped: the one place markup from a value could slip in. */
	private Svg attr(String name, String value) {
		out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
		return this;
	}

	String render() {
		return out + "</svg>";
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * One decimal, ".0" dropped: what {@code String.format(Locale.ROOT, "%.1f", value)} writes (the
	 * shortest decimal form of the double, rounded half up), without parsing a format per coordinate.
	 */
	static String num(double value) {
		if (!Double.isFinite(value)) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
		String text = rounded.toPlainString();
		if (rounded.signum() == 0 && (Double.doubleToRawLongBits(value) < 0)) {
			text = "-" + text; // %.1f keeps the sign of a negative value that rounds to zero
		}
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
