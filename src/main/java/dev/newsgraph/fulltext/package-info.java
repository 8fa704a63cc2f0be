/**
 * Text matching shared by features: the plan for a full-text filter (walk the date index
 * or take matches from the GIN index) and word-by-word fuzzy name matching.
 */
package dev.newsgraph.fulltext;
