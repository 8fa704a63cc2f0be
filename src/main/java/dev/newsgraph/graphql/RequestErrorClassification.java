package dev.newsgraph.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * graphql-java classifies an argument or variable of the wrong shape (an invalid date, a
 * string for an Int) as a validation error; to clients it is a bad argument like any
 * other, so it is classified {@code BAD_REQUEST}, in one sentence
 * ({@link BadArgumentMessage}). An unknown persisted query gets Apollo's code, and no
 * error carries an empty {@code locations} array.
 */
@Component
class RequestErrorClassification implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors()
				.stream()
				.noneMatch((error) -> isBadArgument(error) || isPersistedQueryNotFound(error))) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.map((error) -> isBadArgument(error) ? badRequest(error)
						: isPersistedQueryNotFound(error) ? persistedQueryNotFound(error) : toGraphQlError(error))
				.toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static boolean isPersistedQueryNotFound(ResponseError error) {
		return "PersistedQueryNotFound".equals(error.getMessage());
	}

	private static boolean isBadArgument(ResponseError error) {
		String message = String.valueOf(error.getMessage());
		return message.startsWith("Validation error (WrongType") || message.startsWith("Variable '");
	}

	private static GraphQLError badRequest(ResponseError error) {
		return GraphqlErrorBuilder.newError()
			.message(BadArgumentMessage.of(error.getMessage()))
			.locations(locations(error))
			.errorType(ErrorType.BAD_REQUEST)
			.build();
	}

	/**
	 * Where the error is, or nothing: an empty {@code locations} array tells a client
	 * nothing.
	 */
	private static List<SourceLocation> locations(ResponseError error) {
		return error.getLocations().isEmpty() ? null : error.getLocations();
	}

	/** Apollo clients look for this message and code, then resend with the query text. */
	private static GraphQLError persistedQueryNotFound(ResponseError error) {
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(NewsgraphErrorType.PERSISTED_QUERY_NOT_FOUND)
			.extensions(java.util.Map.of("code", "PERSISTED_QUERY_NOT_FOUND"))
			.build();
	}

	private static GraphQLError toGraphQlError(ResponseError error) {
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(locations(error))
			.path(error.getParsedPath())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions())
			.build();
	}

}
