package jp.reform.survey.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven through Debian's chromedriver (Selenium), for tests that must see a page as a
 * browser renders it: DOM after scripts, screenshots, the print output, and every network request the
 * page made (read from Chromium's performance log, i.e. the DevTools Network events).
 *
 * <p>Runs as root in CI, hence --no-sandbox; a fresh profile per instance; no background traffic of the
 * browser's own (updates, sync, QUIC probes), so the request log holds only what the page asked for.
 * Host names never resolve, so a page that tries the network fails loudly instead of passing on a machine
 * that happens to be offline. Nothing is downloaded: Selenium Manager is bypassed by naming both binaries.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getProperty("reform.test.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(
			System.getProperty("reform.test.chromedriver", "/usr/bin/chromedriver"));

	/** An A4 landscape page at 96 dpi, less 10 mm margins: the width the print layout is laid out for. */
	private static final int A4_LANDSCAPE_CONTENT_WIDTH = 1047;

	private static final Pattern BROWSER_INTERNAL = Pattern.compile("(chrome|chrome-untrusted|chrome-extension|devtools):");

	private final ChromeDriver driver;

	private final Path profile;

	private final Json json = new Json();

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser with a 1400 × 1000 window; fails with the install hint when Chromium is missing. */
	public static HeadlessChromium start() throws IOException {
		for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(binary)) {
				throw new IllegalStateException(binary + " is required for this test and is missing"
						+ " (.ci/run installs Debian's chromium and chromium-driver)");
			}
		}
		Path profile = Files.createTempDirectory("chromium-profile-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
				"--window-size=1400,1000", "--host-resolver-rules=MAP * ~NOTFOUND",
				"--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withSilent(true)
			.build();
		return new HeadlessChromium(new ChromeDriver(service, options), profile);
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * Loads a local file; returns once it has loaded and its scripts have run (chromedriver's normal page
	 * load strategy). The request and console logs start afresh.
	 */
	public void open(Path file) {
		drain();
		driver.get(file.toUri().toString());
	}

	public Object script(String script, Object... args) {
		return driver.executeScript(script, args);
	}

	/**
	 * The URL of every request the page sent since {@link #open}. Requests made for the browser's own pages
	 * are left out: on start Chromium may still be loading an internal page (chrome://…) in the same tab,
	 * whose requests, and their data: images, arrive in the log after the page under test was opened. They
	 * are told apart by the document they were made for; a request of the page under test, or of a frame
	 * it embeds from elsewhere, is always kept.
	 */
	@SuppressWarnings("unchecked")
	public List<String> requests() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			Map<String, Object> envelope = json.toType(entry.getMessage(), Map.class);
			Map<String, Object> message = (Map<String, Object>) envelope.get("message");
			if (!"Network.requestWillBeSent".equals(message.get("method"))) {
				continue;
			}
			Map<String, Object> params = (Map<String, Object>) message.get("params");
			String url = (String) ((Map<String, Object>) params.get("request")).get("url");
			String document = (String) params.getOrDefault("documentURL", url);
			if (!BROWSER_INTERNAL.matcher(document).lookingAt() && !BROWSER_INTERNAL.matcher(url).lookingAt()) {
				urls.add(url);
			}
		}
		return urls;
	}

	/** Console messages at error level (script errors, failed loads) since {@link #open}. */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** The whole page as the screen shows it, not just the window. */
	public void screenshot(Path png) throws IOException {
		fullPage(png);
	}

	/**
	 * The page as print lays it out: print styles applied, at the width of an A4 landscape page. What the
	 * browser's print preview shows, as one long image (the paged version is {@link #printToPdf}).
	 */
	public void printPreviewScreenshot(Path png) throws IOException {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_LANDSCAPE_CONTENT_WIDTH,
				"height", 740, "deviceScaleFactor", 1, "mobile", false));
		try {
			fullPage(png);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/** Prints the page as Chromium would to paper (the page's own @page size, backgrounds on). */
	public void printToPdf(Path pdf) throws IOException {
		Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true, "landscape", true));
		write(pdf, (String) result.get("data"));
	}

	@SuppressWarnings("unchecked")
	private void fullPage(Path png) throws IOException {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
				"height", ((Number) size.get("height")).doubleValue(), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		write(png, (String) shot.get("data"));
	}

	private static void write(Path file, String base64) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, Base64.getDecoder().decode(base64));
	}

	/** Reading a log empties it: what is read here is what came before the next page. */
	private void drain() {
		driver.manage().logs().get(LogType.PERFORMANCE);
		driver.manage().logs().get(LogType.BROWSER);
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			deleteTree(profile.toFile());
		}
	}

	private static void deleteTree(File dir) {
		File[] children = dir.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteTree(child);
			}
		}
		dir.delete();
	}

}
