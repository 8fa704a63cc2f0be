/**
 * Articles and their publishers: lookup, filtered and ordered connections, full-text
 * filter, mentions of organizations with their spans, and related articles.
 */
package dev.newsgraph.article;
