package dev.newsgraph.architecture.cycle.second;

import dev.newsgraph.architecture.cycle.first.First;

/** The other half of a deliberate cycle, which {@code ArchitectureTest} must catch. */
public class Second {

	First first;

}
