package dev.newsgraph.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * GraphiQL in a real headless Chromium: it loads with no request leaving the host, runs
 * its default query, and its docs explorer reads the schema. Saves
 * {@code target/graphiql.png}. Needs Debian's {@code chromium} and
 * {@code chromium-driver}: skipped without them, unless
 * {@code NEWSGRAPH_REQUIRE_BROWSER=true} (as {@code .ci/run} sets), then it fails.
 */
@IntegrationTest
class GraphiQlBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	@Test
	void runsTheDefaultQueryWithEveryRequestToThisHost() throws Exception {
		requireBrowser();
		String origin = "http://localhost:" + this.port;
		WebDriver browser = startBrowser();
		try {
			// drop what the browser's own start page loaded (chrome:// resources, not the
			// network)
			browser.manage().logs().get(LogType.PERFORMANCE);
			browser.get(origin + "/graphiql");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
			wait.until((driver) -> !driver.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
			browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
			wait.until((driver) -> text(driver, ".graphiql-response").contains("\"organizations\""));
			String result = text(browser, ".graphiql-response");
			// the response pane shows only its visible lines
			assertThat(result).contains("\"articles\": 4", "\"organizations\": 22", "\"quotes\": 18");

			browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
			wait.until((driver) -> text(driver, ".graphiql-doc-explorer").contains("Root Types"));
			assertThat(text(browser, ".graphiql-doc-explorer")).contains("query: Query");

			Path screenshot = Path.of("target", "graphiql.png");
			Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

			List<String> requests = requestedUrls(browser);
			assertThat(requests).contains(origin + "/graphiql", origin + "/webjars/graphiql/graphiql.min.js",
					origin + "/graphql");
			// chrome:// is the browser's own start page, which may still be loading: not
			// the
			// network
			assertThat(requests)
				.allSatisfy((url) -> assertThat(url).matches("(" + origin + "/|data:|blob:|chrome:).*"));
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * Issue 18: a page on another origin sends what Apollo Client sends, which the
	 * browser preflights; the preflight lets the headers through and the answer is
	 * readable.
	 */
	@Test
	void aPageOnAnotherOriginGetsThroughThePreflight() throws Exception {
		requireBrowser();
		WebDriver browser = startBrowser();
		try {
			// 127.0.0.1 and localhost are different origins to the browser
			browser.get("http://127.0.0.1:" + this.port + "/graphiql");
			Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							fetch(arguments[0], {
							  method: 'POST',
							  headers: {
							    'content-type': 'application/json',
							    'accept': 'application/graphql-response+json, application/json;q=0.9',
							    'apollo-require-preflight': 'true',
							    'x-apollo-operation-name': 'Counts',
							    'apollographql-client-name': 'browser-test',
							    'apollographql-client-version': '1'
							  },
							  body: JSON.stringify({ operationName: 'Counts', query: 'query Counts { dataset { counts { articles } } }' })
							}).then((response) => response.text().then((body) =>
							    done(response.status + ' ' + response.headers.get('RateLimit-Remaining') + ' ' + body)))
							  .catch((error) => done('failed: ' + error));
							""",
					"http://localhost:" + this.port + "/graphql");
			// the status, an exposed header, and the body: all readable across origins
			assertThat(String.valueOf(answer)).startsWith("200 ")
				.contains("{\"data\":{\"dataset\":{\"counts\":{\"articles\":4}}}")
				.doesNotContain(" null ");
		}
		finally {
			browser.quit();
		}
	}

	private static void requireBrowser() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String missing = "Debian's chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "); install them with apt-get install chromium chromium-driver. .ci/run does.";
		if ("true".equals(System.getenv("NEWSGRAPH_REQUIRE_BROWSER"))) {
			fail(missing);
		}
		Assumptions.abort("Skipped: " + missing);
	}

	private WebDriver startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
				"--window-size=1400,900", "--user-data-dir=" + this.profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private static String text(WebDriver browser, String selector) {
		Object text = ((JavascriptExecutor) browser)
			.executeScript("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", selector);
		return String.valueOf(text);
	}

	/** Every URL the page requested, from Chrome's performance log. */
	private static List<String> requestedUrls(WebDriver browser) {
		JsonMapper json = JsonMapper.builder().build();
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = json.readTree(entry.getMessage()).path("message");
			if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
				urls.add(message.path("params").path("request").path("url").asString());
			}
		}
		return urls;
	}

}
