package jp.reform.survey.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.reform.survey.browser.HeadlessChromium;

/**
 * How long headless Chromium takes to show a page of the output, as a person opening it waits: from
 * asking for the file until the first screenshot is taken (the browser already running). The
 * screenshot is kept under {@code target/artifacts/}.
 */
final class PageRender {

	private PageRender() {
	}

	static double seconds(Path page, String name) throws Exception {
		Path png = Files.createDirectories(Path.of("target/artifacts")).resolve(name + ".png");
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			browser.driver().get("about:blank");
			long start = System.nanoTime();
			browser.open(page.toAbsolutePath());
			browser.screenshot(png);
			return (System.nanoTime() - start) / 1e9;
		}
	}

}
