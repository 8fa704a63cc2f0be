package dev.newsgraph.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import dev.newsgraph.dataset.DatasetVersion;

/**
 * {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…}, as the GraphQL
 * over HTTP spec describes it, for queries only. Responses carry an ETag derived from the
 * dataset version and the request, so a repeated request is answered {@code 304} without
 * running it.
 */
class GraphQlGetHandler {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final WebGraphQlHandler graphQl;

	private final DatasetVersion datasetVersion;

	private final CacheControl cacheControl;

	GraphQlGetHandler(WebGraphQlHandler graphQl, DatasetVersion datasetVersion, GraphQlHttpProperties properties) {
		this.graphQl = graphQl;
		this.datasetVersion = datasetVersion;
		this.cacheControl = CacheControl.maxAge(properties.getMaxAge()).cachePublic();
	}

	ServerResponse handle(ServerRequest request) {
		MediaType contentType = contentType(request);
		String query = request.param("query").orElse(null);
		String operationName = request.param("operationName").filter((name) -> !name.isBlank()).orElse(null);
		Map<String, Object> variables;
		Map<String, Object> extensions;
		try {
			variables = jsonObject(request, "variables");
			extensions = jsonObject(request, "extensions");
		}
		catch (IllegalArgumentException ex) {
			return error(HttpStatus.BAD_REQUEST, contentType, ex.getMessage(), ErrorType.BAD_REQUEST);
		}
		if ((query == null || query.isBlank())) {
			if (!extensions.containsKey("persistedQuery")) {
				return error(HttpStatus.BAD_REQUEST, contentType,
						"Give the document in the query parameter, or its hash in extensions.persistedQuery",
						ErrorType.BAD_REQUEST);
			}
			query = PersistedQuerySupport.PERSISTED_QUERY_MARKER;
		}
		else if (isMutation(query, operationName)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(contentType)
				.body(HttpErrorBody.of("Mutations are not allowed over GET; send them with POST",
						ErrorType.BAD_REQUEST.toString(), Map.of()));
		}
		long version = this.datasetVersion.current();
		String etag = etag(version, contentType, query, operationName, variables, extensions);
		if (request.headers().header(HttpHeaders.IF_NONE_MATCH).stream().anyMatch((value) -> value.contains(etag))) {
			// the answer's media type follows Accept: a cache must key on it for a 304
			// too
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.cacheControl(this.cacheControl)
				.varyBy(HttpHeaders.ACCEPT)
				.build();
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.attributes(),
				new DefaultGraphQlRequest(query, operationName, variables, extensions), UUID.randomUUID().toString(),
				LocaleContextHolder.getLocale());
		return ServerResponse.async(this.graphQl.handleRequest(graphQlRequest).map((response) -> {
			boolean failed = !response.getErrors().isEmpty();
			ServerResponse.BodyBuilder builder = ServerResponse
				.status(response.isValid() || !contentType.equals(GRAPHQL_RESPONSE) ? HttpStatus.OK
						: HttpStatus.BAD_REQUEST)
				.contentType(contentType)
				.varyBy(HttpHeaders.ACCEPT);
			// an answer with errors may differ next time, and one read while a reload
			// committed may hold either version: never cache them
			boolean oneVersion = !failed && readsStill(version);
			return oneVersion ? builder.eTag(etag).cacheControl(this.cacheControl).body(response.toMap())
					: builder.cacheControl(CacheControl.noStore()).body(response.toMap());
		}).toFuture());
	}

	/**
	 * application/graphql-response+json when the client names it, otherwise (no Accept,
	 * {@code *}{@code /*}, application/json) application/json, which every client reads.
	 */
	private static MediaType contentType(ServerRequest request) {
		boolean named = request.headers()
			.accept()
			.stream()
			.anyMatch((type) -> type.equalsTypeAndSubtype(GRAPHQL_RESPONSE) && type.getQualityValue() > 0);
		return named ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonObject(ServerRequest request, String name) {
		Optional<String> value = request.param(name).filter((text) -> !text.isBlank());
		if (value.isEmpty()) {
			return Map.of();
		}
		try {
			// null is no value, as in a POSTed body
			Map<String, Object> object = json.readValue(value.get(), LinkedHashMap.class);
			return (object != null) ? object : Map.of();
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The " + name + " parameter is not a JSON object");
		}
	}

	/**
	 * Whether the operation to run is a mutation; a document that does not parse is left
	 * to the engine.
	 */
	private static boolean isMutation(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
				.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	/**
	 * Strong validator: same dataset, same request and same media type, same answer. The
	 * version is read before the request runs and again after it: an answer is tagged
	 * only when both agree, so every statement between them read that version.
	 */
	private static String etag(long version, MediaType contentType, String query, String operationName,
			Map<String, Object> variables, Map<String, Object> extensions) {
		String key = String.join("\u0000", String.valueOf(version), contentType.toString(), query,
				String.valueOf(operationName), json.writeValueAsString(variables), json.writeValueAsString(extensions));
		return "\"" + PersistedQueries.sha256(key).substring(0, 32) + "\"";
	}

	/** Whether the dataset is still at the version read before the request ran. */
	private boolean readsStill(long version) {
		try {
			return this.datasetVersion.current() == version;
		}
		catch (DataAccessException ex) {
			// the answer stands; it only goes uncached
			return false;
		}
	}

	private static ServerResponse error(HttpStatus status, MediaType contentType, String message,
			graphql.ErrorClassification type) {
		return ServerResponse.status(status)
			.contentType(contentType)
			.body(HttpErrorBody.of(message, type.toString(), Map.of()));
	}

}
