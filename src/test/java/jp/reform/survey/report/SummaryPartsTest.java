package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryPartsTest {

	private static final String PAGE = """
			<html><head>
			<meta name="reform-report-state" content="ab12">
			</head><body>
			<p>
			<!--reform:part run-time-->
			<span>old time</span>
			<!--/reform:part-->
			／ 54件</p>
			<table>heavy content</table>
			<!--reform:part changes-->
			<section>old changes
			two lines</section>
			<!--/reform:part-->
			</body></html>
			""";

	@TempDir
	Path dir;

	@Test
	void readsTheStateThePageWasBuiltFrom() throws Exception {
		assertThat(SummaryParts.state(write("summary.html", PAGE))).contains("ab12");
		assertThat(SummaryParts.state(write("none.html", "<html><head></head><body></body></html>"))).isEmpty();
		assertThat(SummaryParts.state(dir.resolve("missing.html"))).isEmpty();
	}

	@Test
	void replacesEachPartAndKeepsEverythingElse() throws Exception {
		Path target = dir.resolve("new.html");
		boolean spliced = SummaryParts.splice(write("summary.html", PAGE), target,
				Map.of("run-time", "<span>new time</span>", "changes", "<section>none</section>\n"));

		assertThat(spliced).isTrue();
		assertThat(Files.readString(target)).isEqualTo(PAGE.replace("<span>old time</span>", "<span>new time</span>")
			.replace("<section>old changes\ntwo lines</section>", "<section>none</section>"));
	}

	@Test
	void longPagesAreSplicedWhereverTheirLinesFallInTheReadBuffer() throws Exception {
		// Filler lines push the markers across the 64 KiB boundaries the page is read in.
		for (int filler : new int[] { 65_500, 65_536 - 30, 65_536, 200_000 }) {
			String big = PAGE.replace("<table>heavy content</table>", "x".repeat(filler) + "\n" + "あ".repeat(filler / 3));
			Path target = dir.resolve("big-new.html");
			assertThat(SummaryParts.splice(write("big.html", big), target,
					Map.of("run-time", "<span>new time</span>", "changes", "<section>none</section>"))).isTrue();
			assertThat(Files.readString(target))
				.isEqualTo(big.replace("<span>old time</span>", "<span>new time</span>")
					.replace("<section>old changes\ntwo lines</section>", "<section>none</section>"));
		}
	}

	/**
	 * Markers are told from the page's other lines by their bytes, before any decoding: indented ones are
	 * found, other comments and lines that merely mention a marker are copied as they are, and the state is
	 * renewed in the head.
	 */
	@Test
	void findsIndentedMarkersAmongOtherCommentsAndRenewsTheState() throws Exception {
		String page = PAGE.replace("<!--reform:part run-time-->", "\t  <!--reform:part run-time-->")
			.replace("<table>heavy content</table>", "<!-- a comment -->\n<p>&lt;!--reform:part x--&gt;</p>\n <!---->");
		Path target = dir.resolve("new.html");
		assertThat(SummaryParts.splice(write("indented.html", page), target,
				Map.of("run-time", "<span>new time</span>", "changes", "<section>none</section>"), "cd34")).isTrue();
		assertThat(Files.readString(target)).isEqualTo(page.replace("<span>old time</span>", "<span>new time</span>")
			.replace("<section>old changes\ntwo lines</section>", "<section>none</section>")
			.replace("content=\"ab12\"", "content=\"cd34\""));
	}

	@Test
	void refusesAPageWhosePartsDoNotMatch() throws Exception {
		Path page = write("summary.html", PAGE);
		Path target = dir.resolve("new.html");
		assertThat(SummaryParts.splice(page, target, Map.of("run-time", "x"))).as("a part with no fresh content").isFalse();
		assertThat(SummaryParts.splice(page, target, Map.of("run-time", "x", "changes", "y", "run-history", "z")))
			.as("a fresh part the page lacks")
			.isFalse();
		Path unclosed = write("unclosed.html", PAGE.replace("<!--/reform:part-->\n</body>", "</body>"));
		assertThat(SummaryParts.splice(unclosed, target, Map.of("run-time", "x", "changes", "y"))).isFalse();
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(dir.resolve(name), content);
	}

}
