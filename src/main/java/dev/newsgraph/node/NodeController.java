package dev.newsgraph.node;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.node}: any node by its global id; null when no such node exists.
 */
@Controller
class NodeController {

	private final Map<String, NodeFinder> finders;

	NodeController(List<NodeFinder> finders) {
		this.finders = finders.stream().collect(Collectors.toMap(NodeFinder::type, Function.identity()));
	}

	@QueryMapping
	Node node(@Argument String id) {
		GlobalId globalId = GlobalId.decode(id);
		NodeFinder finder = this.finders.get(globalId.type());
		return (finder != null) ? finder.findNode(globalId.id()).orElse(null) : null;
	}

	/** {@code id} of every type that implements {@code Node}. */
	@SchemaMapping(typeName = "Node", field = "id")
	String id(Node node) {
		return node.globalId();
	}

}
