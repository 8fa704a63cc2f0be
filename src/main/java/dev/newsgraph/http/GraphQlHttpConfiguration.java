package dev.newsgraph.http;

import java.nio.charset.StandardCharsets;

import graphql.schema.idl.SchemaPrinter;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import dev.newsgraph.dataset.DatasetVersion;
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.graphql.UnsupportedDirectives;

/**
 * GraphQL over HTTP beyond Spring's POST endpoint: GET with HTTP caching, and automatic
 * persisted queries over both.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/** Ahead of Spring's own route, which answers GET /graphql with 405. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler graphQl, DatasetVersion datasetVersion,
			GraphQlHttpProperties properties) {
		GraphQlGetHandler handler = new GraphQlGetHandler(graphQl, datasetVersion, properties);
		return RouterFunctions.route(RequestPredicates.GET("/graphql"), handler::handle);
	}

	/**
	 * The SDL, as Spring's printer prints it but without the directives this API does not
	 * honour, in UTF-8 and saying so: descriptions hold characters beyond ASCII, and
	 * Spring's own route answers {@code text/plain} alone.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlSchemaRoute(GraphQlSource graphQlSource) {
		MediaType sdl = new MediaType("text", "plain", StandardCharsets.UTF_8);
		// the schema does not change while the service runs: printed once, when first
		// asked
		SingletonSupplier<String> printed = SingletonSupplier
			.of(() -> new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
				.includeDirectives((directive) -> !UnsupportedDirectives.DIRECTIVES.contains(directive)))
				.print(graphQlSource.schema()));
		return RouterFunctions.route(RequestPredicates.GET("/graphql/schema"),
				(request) -> ServerResponse.ok().contentType(sdl).body(printed.obtain()));
	}

	/**
	 * Spring applies the CORS settings to /graphql only; browser tools fetch the SDL too.
	 */
	@Bean
	WebMvcConfigurer schemaEndpointCors(GraphQlCorsProperties cors) {
		return new WebMvcConfigurer() {
			@Override
			public void addCorsMappings(CorsRegistry registry) {
				registry.addMapping("/graphql/schema").combine(cors.toCorsConfiguration());
			}
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(GraphQlHttpProperties properties) {
		PersistedQueries persistedQueries = new PersistedQueries(properties.persistedQueries());
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(persistedQueries));
	}

	/** Jetty's own error answers in JSON too ({@link JsonErrorHandler}). */
	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> jsonErrorReports() {
		return (factory) -> factory.addServerCustomizers((server) -> server.setErrorHandler(new JsonErrorHandler()));
	}

	@Bean
	FilterRegistrationBean<GraphQlRequestFilter> graphQlRequestFilter() {
		FilterRegistrationBean<GraphQlRequestFilter> registration = new FilterRegistrationBean<>(
				new GraphQlRequestFilter());
		registration.addUrlPatterns("/graphql");
		// after the request size limit
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(GraphQlLimits limits) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(limits.maxRequestSize().toBytes()));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
