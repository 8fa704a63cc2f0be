/**
 * The curated dataset: the seed file model, its validation, the all-or-nothing loader and
 * the record of each load that {@code Query.dataset} serves.
 */
package dev.newsgraph.seed;
