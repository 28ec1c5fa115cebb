package org.smtpcodes.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smtpcodes.ApiTest;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Swagger UI in a real headless browser: open GET /codes/{code}, try it out with 451, and
 * see its title. Needs Debian's chromium and chromium-driver (.ci/run installs them);
 * skipped with a message without them.
 */
@ApiTest
class SwaggerUiBrowserTests {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@Value("${local.server.port}")
	int port;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
				"Swagger UI browser test skipped: install Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver) to run it");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1600");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void triesOutGetCodeWith451() {
		this.browser.get("http://127.0.0.1:" + this.port + "/swagger-ui.html");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		WebElement operation = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-codes-code .opblock-summary")));
		operation.click();
		WebElement tryOut = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-codes-code .try-out__btn")));
		// with springdoc.swagger-ui.try-it-out-enabled the operation opens ready to try,
		// and the button says Cancel
		if (tryOut.getText().contains("Try it out")) {
			((JavascriptExecutor) this.browser).executeScript("arguments[0].click();", tryOut);
		}
		WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#operations-codes-code tr[data-param-name='code'] input[type='text']")));
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "451");
		WebElement execute = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-codes-code .execute")));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].click();", execute);
		WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
				"#operations-codes-code .responses-wrapper .live-responses-table .response-col_description pre")));
		wait.until((driver) -> answer.getText().contains("Local Error"));
		assertThat(answer.getText()).contains("\"code\": \"451\"").contains("\"title\": \"Local Error\"");
	}

}
