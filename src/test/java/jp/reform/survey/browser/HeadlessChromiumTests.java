package jp.reform.survey.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helper's request log must see what a page fetches, or "no request left the page" would pass
 * vacuously: a page that loads an image from the network has that request logged, a page that does
 * not has only its own file.
 */
class HeadlessChromiumTests {

	static HeadlessChromium browser;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stop() throws Exception {
		browser.close();
	}

	@Test
	void logsARequestThePageSends() throws Exception {
		Path page = Files.writeString(dir.resolve("remote.html"),
				"<!DOCTYPE html><html><body><img src=\"http://cdn.example.invalid/logo.png\"></body></html>");

		browser.open(page);

		assertThat(browser.requests()).contains("http://cdn.example.invalid/logo.png");
	}

	@Test
	void logsAFrameThePageEmbedsFromElsewhere() throws Exception {
		Path page = Files.writeString(dir.resolve("frame.html"),
				"<!DOCTYPE html><html><body><iframe src=\"https://maps.example.invalid/embed\"></iframe></body></html>");

		browser.open(page);

		assertThat(browser.requests()).contains("https://maps.example.invalid/embed");
	}

	@Test
	void aSelfContainedPageRequestsOnlyItself() throws Exception {
		Path page = Files.writeString(dir.resolve("local.html"),
				"<!DOCTYPE html><html><body><svg viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg></body></html>");

		browser.open(page);

		assertThat(browser.requests()).containsExactly(page.toUri().toString());
	}

}
