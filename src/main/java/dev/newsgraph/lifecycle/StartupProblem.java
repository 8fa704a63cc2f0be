package dev.newsgraph.lifecycle;

/**
 * A configuration or environment problem that stops the start-up, with what to do about
 * it; {@link StartupProblemFailureAnalyzer} shows both instead of a stack trace.
 */
public abstract class StartupProblem extends RuntimeException {

	private final String action;

	protected StartupProblem(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
