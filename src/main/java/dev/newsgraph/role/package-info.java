/**
 * The service's role: a writer migrates, loads and serves; a reader only serves, from a
 * hot standby or a read-only connection, once the writer has migrated the schema.
 */
package dev.newsgraph.role;
