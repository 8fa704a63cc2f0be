/**
 * People and their affiliations: lookup, name search, what they said and where they
 * appear.
 */
package dev.newsgraph.person;
