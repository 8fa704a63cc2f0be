/**
 * Cross-cutting configuration: database selection (embedded PostgreSQL or an external
 * server), GraphQL scalars, limits and error handling.
 */
package dev.newsgraph.system;
