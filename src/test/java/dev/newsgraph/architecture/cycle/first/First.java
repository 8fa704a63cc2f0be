package dev.newsgraph.architecture.cycle.first;

import dev.newsgraph.architecture.cycle.second.Second;

/** Half of a deliberate cycle, which {@code ArchitectureTest} must catch. */
public class First {

	Second second;

}
