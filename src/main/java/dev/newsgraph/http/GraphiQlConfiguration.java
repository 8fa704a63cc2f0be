package dev.newsgraph.http;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, with every script and style served by this application
 * (from WebJars), unlike Spring's page, which loads them from a CDN.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "newsgraph.graphiql.enabled", matchIfMissing = true)
class GraphiQlConfiguration {

	@Bean
	RouterFunction<ServerResponse> graphiQlRoutes() {
		ClassPathResource page = new ClassPathResource("graphiql/index.html");
		return RouterFunctions.route()
			.GET("/graphiql", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page))
			.GET("/graphiql/", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page))
			.resources("/graphiql/**", new ClassPathResource("graphiql/"))
			.build();
	}

}
