package dev.newsgraph;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.ReadmeBlocks.Block;
import dev.newsgraph.ReadmeBlocks.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the README test reads the README: which blocks run, how a shell block becomes a
 * script, and when a result matches its excerpt.
 */
class ReadmeBlocksTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsShellBlocksExamplesFilesAndSkips() {
		List<Block> blocks = ReadmeBlocks.parse("""
				Run it:

				```shell
				curl -s localhost:8080/graphql
				```

				<!-- readme-test: skip needs a Docker engine -->
				```shell
				docker compose up
				```

				- A list item:

				  <!-- readme-test: file codegen.yml -->
				  ```yaml
				  schema: ./schema.graphqls
				  ```

				```graphql
				{ dataset { version } }
				```
				```json
				"version": "abc"
				```

				```graphql
				{ no excerpt }
				```
				""");
		assertThat(blocks).extracting(Block::kind)
			.containsExactly(Kind.SHELL, Kind.SKIPPED, Kind.FILE, Kind.GRAPHQL_EXAMPLE);
		assertThat(blocks.get(2).text()).isEqualTo("schema: ./schema.graphqls\n");
		assertThat(blocks.get(2).directive()).isEqualTo("file codegen.yml");
		assertThat(blocks.get(3).expected()).isEqualTo("\"version\": \"abc\"\n");
		assertThat(blocks.get(0).title()).isEqualTo("README.md:3 shell: curl -s localhost:8080/graphql");
	}

	@Test
	void aShellBlockRunsAgainstTheTestsPortAndTheJar() {
		String script = ReadmeBlocks.script("""
				curl -s localhost:8080/graphql \\
				  -d '{}'
				./mvnw -q spring-boot:run -Dspring-boot.run.arguments="seed --validate broken"   # exits 1
				curl -s -o /dev/null -w '%{http_code}' localhost:8080/x   # prints 304
				""", 4711);
		assertThat(script).contains("curl -s localhost:4711/graphql    -d '{}'\n")
			.contains("if java -jar target/newsgraph-0.1.0-SNAPSHOT.jar seed --validate broken; then rc=0; "
					+ "else rc=$?; fi; [ \"$rc\" -eq 1 ]")
			.contains("out=$(curl -s -o /dev/null -w '%{http_code}' localhost:4711/x); [ \"$out\" = '304' ]");
	}

	@Test
	void anExcerptMatchesByValueEllipsesAndShownDigits() {
		var result = json.readTree("""
				{"search": {"nodes": [{"rank": 0.90151, "text": "When Huawei laid its storage people off, we were"}],
				 "totalCount": 3}}""");
		ReadmeBlocks.assertExcerpt("""
				"totalCount": 3, "nodes": [ { "rank": 0.9015, "text": "When Huawei … storage people …" }, … ]""",
				result);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ReadmeBlocks.assertExcerpt("\"totalCount\": 4", result));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ReadmeBlocks.assertExcerpt("\"text\": \"storage … When\"", result));
	}

}
