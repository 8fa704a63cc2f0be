package dev.newsgraph.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

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

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(GraphQlHttpProperties properties) {
		PersistedQueries persistedQueries = new PersistedQueries(properties.persistedQueries());
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(persistedQueries));
	}

	@Bean
	FilterRegistrationBean<GraphQlPostFilter> graphQlPostFilter() {
		FilterRegistrationBean<GraphQlPostFilter> registration = new FilterRegistrationBean<>(new GraphQlPostFilter());
		registration.addUrlPatterns("/graphql");
		// after the request size limit
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
