package org.smtpcodes;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven through its chromedriver: the browser of the
 * browser tests. A test that needs it is skipped with a message where it is not
 * installed.
 */
public final class Chromium {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private Chromium() {
	}

	/**
	 * The options every browser test starts with: headless, no sandbox, no network of its
	 * own, a window of 1280 by 1600.
	 * @param test what is skipped without Chromium, for the message
	 * @return options to add to
	 */
	public static ChromeOptions options(String test) {
		assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
				test + " skipped: install Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver) to run it");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1600");
		return options;
	}

	/** Starts the browser with the given options. */
	public static ChromeDriver start(ChromeOptions options) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new ChromeDriver(service, options);
	}

}
