package dev.newsgraph.seed;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code Query.dataset} from the latest load record.
 */
@Controller
class DatasetController {

	private final DatasetLoadRepository loads;

	DatasetController(DatasetLoadRepository loads) {
		this.loads = loads;
	}

	@QueryMapping
	Dataset dataset() {
		return this.loads.findLatest().orElse(Dataset.NONE);
	}

}
