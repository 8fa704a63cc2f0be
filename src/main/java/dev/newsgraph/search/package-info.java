/**
 * One search across articles and quotes (full text) and organizations and people (names),
 * ranked, with highlighted snippets.
 */
package dev.newsgraph.search;
