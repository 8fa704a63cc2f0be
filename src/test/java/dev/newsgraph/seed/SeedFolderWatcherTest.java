package dev.newsgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running service watching its seed folder ({@code newsgraph.seed.watch}): a saved edit
 * is served over HTTP moments later; a saved defect is not, and the dataset before it
 * stays served until the defect is fixed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeedFolderWatcherTest {

	private static final String SLUG = "ren-zhengfei-offers-us-company-a-5g-license";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Path folder = copyOfTheSeeds();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void watchTheCopy(DynamicPropertyRegistry registry) {
		registry.add("newsgraph.seed.dir", folder::toString);
		registry.add("newsgraph.seed.watch", () -> "true");
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(folder.getParent());
	}

	@Test
	void servesASavedEditAndKeepsServingTheLastGoodDatasetThroughADefect() throws IOException {
		assertThat(roles()).isEqualTo(List.of("founder", "founder"));
		Path annotation = folder.resolve("articles/003_b52f5c51bcccd79c.yaml");
		String original = Files.readString(annotation);

		Files.writeString(annotation, original.replaceFirst("role: founder", "role: chief executive"));
		awaitRoles(List.of("chief executive", "founder"));

		String served = dataset();
		Files.writeString(annotation, original.replaceFirst("speaker: ren-zhengfei", "speaker: nobody"));
		// an edit after the defect shows that the defect was read, and refused
		Path other = folder.resolve("articles/001_dcad1d4efefc566d.yaml");
		Files.writeString(other, Files.readString(other) + "\n# reviewed\n");
		sleepPastAReload();
		assertThat(dataset()).isEqualTo(served);
		assertThat(roles()).isEqualTo(List.of("chief executive", "founder"));

		Files.writeString(annotation, original);
		awaitRoles(List.of("founder", "founder"));
	}

	@Test
	void servesAnArticleAddedAndForgetsOneDeleted() throws IOException {
		Path articles = folder.resolve("articles");
		String annotation = Files.readString(articles.resolve("000_cf15dcd44346ca42.yaml"));
		Files.copy(articles.resolve("000_cf15dcd44346ca42.txt"), articles.resolve("004_copy.txt"));
		Files.writeString(articles.resolve("004_copy.yaml"),
				annotation.replaceFirst("(?m)^slug: .*$", "slug: a-copy-of-the-first-article"));
		awaitArticles(5);
		Files.delete(articles.resolve("004_copy.yaml"));
		Files.delete(articles.resolve("004_copy.txt"));
		awaitArticles(4);
	}

	private void awaitArticles(int expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (articles() != expected && System.nanoTime() < deadline) {
			sleep(100);
		}
		assertThat(articles()).isEqualTo(expected);
	}

	private int articles() {
		return post("dataset.graphql", "{}").path("dataset").path("counts").path("articles").asInt();
	}

	private void awaitRoles(List<String> expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<String> roles = roles();
		while (!roles.equals(expected) && System.nanoTime() < deadline) {
			sleep(100);
			roles = roles();
		}
		assertThat(roles).isEqualTo(expected);
	}

	/**
	 * Long enough for the watcher to notice, wait for quiet and load a four-article
	 * folder.
	 */
	private static void sleepPastAReload() {
		sleep(3000);
	}

	private List<String> roles() {
		return post("quote-roles.graphql", "{\"slug\":\"" + SLUG + "\"}").path("article")
			.path("quotes")
			.valueStream()
			.map((quote) -> quote.path("role").asString())
			.toList();
	}

	private String dataset() {
		return post("dataset.graphql", "{}").toString();
	}

	private JsonNode post(String document, String variables) {
		try {
			String query = new ClassPathResource("graphql-test/" + document).getContentAsString(StandardCharsets.UTF_8);
			String body = "{\"query\":" + json.writeValueAsString(query) + ",\"variables\":" + variables + "}";
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return json.readTree(response.body()).path("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path copyOfTheSeeds() {
		try {
			Path copy = Files.createTempDirectory("watched").resolve("seeds");
			FileSystemUtils.copyRecursively(SeedFolderReaderTest.SEEDS, copy);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
