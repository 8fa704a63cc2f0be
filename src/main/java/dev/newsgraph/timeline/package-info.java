/**
 * Timelines: how many articles and quotes each year, month or week holds, for an
 * organization or a person, summed from the per-day counts the loader derives.
 */
package dev.newsgraph.timeline;
