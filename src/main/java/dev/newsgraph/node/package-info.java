/**
 * Global ids and Query.node: each feature's repository finds its own type by id.
 */
package dev.newsgraph.node;
