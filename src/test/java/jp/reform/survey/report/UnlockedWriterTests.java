package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The lock-free writer of the workbook's sheets passes on every character, in order, whatever the write's size. */
class UnlockedWriterTests {

	@Test
	void everyCharacterArrivesInOrderAcrossTheBuffersEdge() throws IOException {
		StringWriter target = new StringWriter();
		StringBuilder expected = new StringBuilder();
		Random random = new Random(7);
		try (UnlockedWriter writer = new UnlockedWriter(target)) {
			for (int i = 0; i < 5_000; i++) {
				String text = "推進項目" + i + "&<>\"".repeat(random.nextInt(40));
				switch (i % 4) {
					case 0 -> text.chars().forEach(c -> write(writer, c));
					case 1 -> writer.write(text);
					case 2 -> writer.write(text.toCharArray(), 0, text.length());
					default -> writer.write("x" + text + "y", 1, text.length());
				}
				expected.append(text);
			}
			String large = "大".repeat(70_000); // larger than the buffer: written through
			writer.write(large);
			writer.write(large.toCharArray(), 0, large.length());
			expected.append(large).append(large);
		}
		assertThat(target.toString()).isEqualTo(expected.toString());
	}

	@Test
	void flushPassesOnWhatIsBuffered() throws IOException {
		StringWriter target = new StringWriter();
		UnlockedWriter writer = new UnlockedWriter(target);
		writer.write("見直し候補");
		assertThat(target.toString()).isEmpty();
		writer.flush();
		assertThat(target.toString()).isEqualTo("見直し候補");
	}

	private static void write(UnlockedWriter writer, int c) {
		try {
			writer.write(c);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
