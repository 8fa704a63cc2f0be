package dev.newsgraph.http;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import dev.newsgraph.graphql.NewsgraphErrorType;
import dev.newsgraph.http.GraphQlHttpProperties;

/**
 * The persisted-query provider on a one-field schema: the cache is bounded, and
 * allow-list mode runs only listed documents.
 */
class PersistedQueriesTest {

	private static final GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { hello: String, bye: String }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", (type) -> type.dataFetcher("hello", (env) -> "world").dataFetcher("bye", (env) -> "now"))
				.build());

	@Test
	void theCacheForgetsTheLeastRecentlyUsedDocumentOnceFull() {
		GraphQL graphQl = engine(new GraphQlHttpProperties.PersistedQueries(1, false, ""));
		assertThat(run(graphQl, "{ hello }", true).getData().toString()).isEqualTo("{hello=world}");
		assertThat(run(graphQl, null, "{ hello }").getData().toString()).isEqualTo("{hello=world}");
		run(graphQl, "{ bye }", true);
		assertThat(run(graphQl, null, "{ hello }").getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("PersistedQueryNotFound"));
		assertThat(run(graphQl, null, "{ bye }").getData().toString()).isEqualTo("{bye=now}");
	}

	@Test
	void allowListModeRunsOnlyListedDocumentsByTextOrHash() {
		GraphQL graphQl = engine(
				new GraphQlHttpProperties.PersistedQueries(10, true, "classpath:persisted-queries-fixture/"));
		assertThat(run(graphQl, "{ hello }\n", false).getData().toString()).isEqualTo("{hello=world}");
		assertThat(run(graphQl, null, "{ hello }\n").getData().toString()).isEqualTo("{hello=world}");
		ExecutionResult refused = run(graphQl, "{ bye }", false);
		assertThat(refused.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).startsWith("Only allow-listed documents run on this server; sha256 ");
			assertThat(error.getErrorType()).isEqualTo(NewsgraphErrorType.PERSISTED_QUERY_NOT_ALLOWED);
		});
	}

	@Test
	void aHashThatDoesNotMatchTheTextIsRefusedEvenWhenCached() {
		GraphQL graphQl = engine(new GraphQlHttpProperties.PersistedQueries(10, false, ""));
		run(graphQl, "{ hello }", true);
		ExecutionResult mismatch = run(graphQl, "{ bye }", "{ hello }");
		assertThat((Object) mismatch.getData()).isNull();
		assertThat(mismatch.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).isEqualTo("provided sha does not match query");
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		});
	}

	@Test
	void allowListedDocumentsMatchWhateverWhiteSpaceSurroundsThem() {
		GraphQL graphQl = engine(
				new GraphQlHttpProperties.PersistedQueries(10, true, "classpath:persisted-queries-fixture/"));
		// the file ends with a newline; clients send the text without it
		assertThat(run(graphQl, "{ hello }", false).getData().toString()).isEqualTo("{hello=world}");
		assertThat(run(graphQl, "{ hello }", true).getData().toString()).isEqualTo("{hello=world}");
	}

	@Test
	void aMissingDefaultAllowListIsEmptyAndAMissingConfiguredOneStopsTheStart() {
		GraphQL graphQl = engine(
				new GraphQlHttpProperties.PersistedQueries(10, true, PersistedQueries.DEFAULT_ALLOW_LIST_LOCATION));
		assertThat(run(graphQl, "{ hello }", false).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType())
				.isEqualTo(NewsgraphErrorType.PERSISTED_QUERY_NOT_ALLOWED));
		assertThatExceptionOfType(AllowListNotFoundException.class)
			.isThrownBy(() -> engine(new GraphQlHttpProperties.PersistedQueries(10, true, "file:no-such-folder/")))
			.withMessage("The persisted query allow-list folder file:no-such-folder/ does not exist");
	}

	private static GraphQL engine(GraphQlHttpProperties.PersistedQueries properties) {
		return GraphQL.newGraphQL(schema).preparsedDocumentProvider(new PersistedQueries(properties)).build();
	}

	/** Sends the text, with its hash when {@code withHash}. */
	private static ExecutionResult run(GraphQL graphQl, String query, boolean withHash) {
		return withHash ? run(graphQl, query, query) : graphQl.execute(ExecutionInput.newExecutionInput(query).build());
	}

	/** Sends the hash of {@code hashed}, and the text when {@code query} is not null. */
	private static ExecutionResult run(GraphQL graphQl, String query, String hashed) {
		return graphQl.execute(ExecutionInput.newExecutionInput(query)
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(hashed))))
			.build());
	}

}
