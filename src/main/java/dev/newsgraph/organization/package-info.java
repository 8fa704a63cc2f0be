/**
 * Organizations: lookup, name search (prefix, fuzzy, accent-insensitive), the articles
 * that mention them, the quotes spoken for them or about them, and co-mentions.
 */
package dev.newsgraph.organization;
