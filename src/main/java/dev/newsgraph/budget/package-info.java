/**
 * Each client's budget of request-cost points: Bucket4j token buckets, in memory or
 * shared in PostgreSQL.
 */
package dev.newsgraph.budget;
