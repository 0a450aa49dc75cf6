package jp.reform.survey.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through ChromeDriver (Debian's {@code chromium} and
 * {@code chromium-driver}; .ci/run installs them), for tests that must see a page as a person's
 * browser does: scripts run, text rendered, Japanese glyphs from {@code fonts-noto-cjk}.
 * <p>
 * One browser per instance, with a fresh profile deleted on close; nothing is downloaded (the
 * binaries are named explicitly, so Selenium Manager is never asked) and nothing reaches the
 * network. When the binaries are missing the test fails with how to install them, it does not skip.
 * <pre>
 * try (HeadlessChromium chromium = HeadlessChromium.start()) {
 *     chromium.open(output.resolve("summary.html"));
 *     String title = chromium.driver().getTitle();
 * }
 * </pre>
 */
public final class HeadlessChromium implements AutoCloseable {

	/** Overridable with -Dreform.test.chromium=… and -Dreform.test.chromedriver=… */
	static final Path CHROMIUM = Path.of(System.getProperty("reform.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("reform.test.chromedriver", "/usr/bin/chromedriver"));

	/** Chromium as root in a container needs --no-sandbox; the rest keep it from calling home. */
	private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ja-JP");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static HeadlessChromium start() throws IOException {
		for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(binary)) {
				throw new IllegalStateException(binary + " is required for this test and is missing"
						+ " (.ci/run installs it: apt-get install chromium chromium-driver fonts-noto-cjk)");
			}
		}
		Path profile = Files.createTempDirectory("chromium-profile-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments(FLAGS);
		options.addArguments("--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogOutput(java.io.OutputStream.nullOutputStream())
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new HeadlessChromium(driver, profile);
		}
		catch (RuntimeException ex) {
			deleteTree(profile);
			throw ex;
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/** Loads a local file as a person opening it from a shared drive would (file:// URL). */
	public void open(Path file) {
		driver.get(file.toUri().toString());
	}

	/** Runs JavaScript in the page and returns its result (see {@link JavascriptExecutor}). */
	public Object script(String script, Object... args) {
		return driver.executeScript(script, args);
	}

	/** A PNG of the visible page, for a person to look at. */
	public Path screenshot(Path png) throws IOException {
		Files.createDirectories(png.toAbsolutePath().getParent());
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		return Files.move(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteTree(profile);
		}
	}

	/** Best effort: a profile file Chromium writes while exiting must not fail the test. */
	private static void deleteTree(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// left in the temp folder
		}
	}

}
