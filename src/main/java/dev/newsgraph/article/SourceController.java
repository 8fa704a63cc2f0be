package dev.newsgraph.article;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Source} and {@code Query.sources}.
 */
@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources, BatchLoaderRegistry registry) {
		this.sources = sources;
		registry.forTypePair(Long.class, Source.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(sources.findByIds(ids)));
	}

	@QueryMapping
	List<Source> sources() {
		return this.sources.findAll();
	}

}
