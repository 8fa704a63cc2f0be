/**
 * Direct quotations: who said what, for whom, about whom, and where.
 */
package dev.newsgraph.quote;
