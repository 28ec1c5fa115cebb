package org.smtpcodes.system;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smtpcodes.ApiTest;
import org.smtpcodes.Chromium;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real headless browser: open GET /codes/{code}, try it out with 451, and
 * see its title. Needs Debian's chromium and chromium-driver (.ci/run installs them);
 * skipped with a message without them.
 */
@ApiTest
class SwaggerUiBrowserTests {

	@Value("${local.server.port}")
	int port;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Chromium.start(Chromium.options("Swagger UI browser test"));
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
