package dev.newsgraph.node;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NodeApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "Article, articles", "Organization, organizations", "Person, people", "Quote, quotes",
			"Source, sources" })
	void resolvesEveryNodeType(String type, String table) {
		long id = this.jdbc.sql("select min(id) from " + table).query(Long.class).single();
		String globalId = new GlobalId(type, id).encode();
		this.graphQl.documentName("node")
			.variable("id", globalId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo(type)
			.path("node.id")
			.entity(String.class)
			.isEqualTo(globalId);
	}

	@Test
	void anUnknownNodeIsNullAndAMalformedIdABadRequest() {
		this.graphQl.documentName("node")
			.variable("id", new GlobalId("Article", 999_999).encode())
			.execute()
			.path("node")
			.valueIsNull();
		this.graphQl.documentName("node")
			.variable("id", new GlobalId("Spaceship", 1).encode())
			.execute()
			.path("node")
			.valueIsNull();
		this.graphQl.documentName("node")
			.variable("id", "!!!")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).isEqualTo("Malformed node id '!!!'");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

}
