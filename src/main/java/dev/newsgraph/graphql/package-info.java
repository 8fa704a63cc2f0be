/**
 * How an operation executes: depth and cost limits, the request deadline, the error
 * classification every failure goes through, and scalars. Depends on nothing but the
 * budget it charges.
 */
package dev.newsgraph.graphql;
