package dev.newsgraph.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The misspellings people type find the name they meant: each line of
 * {@code name-typos/*.txt} is a typo and the slug it must find.
 */
@IntegrationTest
class NameTyposTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void misspelledOrganizationNamesFindTheirOrganization() throws IOException {
		assertThat(misses("organizations", "organizations-by-name")).isEmpty();
	}

	@Test
	void misspelledPersonNamesFindTheirPerson() throws IOException {
		assertThat(misses("people", "people-by-name")).isEmpty();
	}

	@Test
	void shortNamesAreNotMatchedTooLoosely() {
		assertThat(slugs("organizations-by-name", "organizations", "sony")).doesNotContain("honor", "nokia");
		assertThat(slugs("organizations-by-name", "organizations", "crm")).isEmpty();
	}

	/** The typos that did not find their slug, with what they found instead. */
	private Map<String, List<String>> misses(String field, String document) throws IOException {
		String lines = new ClassPathResource("name-typos/" + field + ".txt").getContentAsString(StandardCharsets.UTF_8);
		Map<String, List<String>> misses = new java.util.LinkedHashMap<>();
		int typos = 0;
		for (String line : lines.lines().filter((l) -> !l.isBlank() && !l.startsWith("#")).toList()) {
			String typo = line.substring(0, line.lastIndexOf(' '));
			String slug = line.substring(line.lastIndexOf(' ') + 1);
			List<String> found = slugs(document, field, typo);
			if (!found.contains(slug)) {
				misses.put(typo + " -> " + slug, found);
			}
			typos++;
		}
		assertThat(typos).isGreaterThanOrEqualTo(9);
		return misses;
	}

	private List<String> slugs(String document, String field, String name) {
		return new ArrayList<>(this.graphQl.documentName(document)
			.variable("name", name)
			.execute()
			.path(field + ".nodes[*].slug")
			.entityList(String.class)
			.get());
	}

}
