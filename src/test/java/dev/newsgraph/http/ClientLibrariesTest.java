package dev.newsgraph.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.newsgraph.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real client libraries against the running service (issue 18): {@code clients/}'s
 * {@code npm test} (Apollo Client 4 with its default link, paging, errors, automatic
 * persisted queries) and {@code npm run codegen} (GraphQL Code Generator by
 * introspection, then the generated types compiled with TypeScript beside Apollo
 * Client's). The libraries come from {@code clients/package-lock.json} through
 * {@code npm ci}. Needs {@code node} and {@code npm}; CI requires them
 * ({@code NEWSGRAPH_REQUIRE_NODE}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLibrariesTest {

	private static final Path SOURCE = Path.of("clients");

	private static final Path WORK = Path.of("target/clients");

	@LocalServerPort
	int port;

	@BeforeAll
	void installTheLockedLibraries() throws Exception {
		NodeTool.require();
		// a copy, so that the checkout gets no node_modules or generated code
		Files.createDirectories(WORK);
		for (String entry : List.of("package.json", "package-lock.json", "codegen.yml", "tsconfig.json", "src",
				"test")) {
			// a copy left by an earlier run in the same target is replaced
			FileSystemUtils.deleteRecursively(WORK.resolve(entry));
			FileSystemUtils.copyRecursively(SOURCE.resolve(entry), WORK.resolve(entry));
		}
		if (!Files.isDirectory(WORK.resolve("node_modules/@apollo/client"))) {
			run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
		}
	}

	@Test
	void apolloClientQueriesPagesReportsErrorsAndPersistsQueries() throws Exception {
		String output = run("npm", "test");
		System.out.println(output);
		assertThat(output).contains("# pass 3", "# fail 0");
	}

	@Test
	void codegenTypesCompileAgainstApolloClient() throws Exception {
		run("npm", "run", "codegen");
		assertThat(WORK.resolve("src/gql/graphql.ts")).content().contains("LatestArticlesDocument");
	}

	private String run(String... command) throws Exception {
		return NodeTool.run(WORK, Map.of("NEWSGRAPH_URL", "http://localhost:" + this.port + "/graphql"), command);
	}

}
