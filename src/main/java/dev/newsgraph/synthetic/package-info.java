/**
 * Synthetic datasets of any size for benchmarks: the {@code generate} command.
 */
package dev.newsgraph.synthetic;
