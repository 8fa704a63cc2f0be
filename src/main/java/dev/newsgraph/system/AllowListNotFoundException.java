package dev.newsgraph.system;

/**
 * Allow-list mode names a folder of documents that does not exist.
 */
class AllowListNotFoundException extends RuntimeException {

	AllowListNotFoundException(String location) {
		super("The persisted query allow-list folder " + location + " does not exist");
	}

}
