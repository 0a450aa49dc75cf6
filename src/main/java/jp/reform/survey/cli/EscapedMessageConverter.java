package jp.reform.survey.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A log line's message with its control characters escaped ({@code \n}, {@code \r}, {@code \t},
 * others as {@code \u001b}): file names come from whoever fills the inbox, and a newline in one
 * must not start a line of its own that reads like the product's (a forged 「実行結果: 完了」).
 */
public class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return escape(super.convert(event));
	}

	static String escape(String message) {
		if (message == null || message.chars().noneMatch(EscapedMessageConverter::control)) {
			return message;
		}
		StringBuilder escaped = new StringBuilder(message.length() + 8);
		message.chars().forEach(c -> {
			switch (c) {
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> {
					if (control(c)) {
						escaped.append(String.format("\\u%04x", c));
					}
					else {
						escaped.append((char) c);
					}
				}
			}
		});
		return escaped.toString();
	}

	/** C0 and C1 controls, and the Unicode line and paragraph separators. */
	private static boolean control(int c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

}
