/**
 * GraphQL over HTTP around Spring's endpoint: GET with caching, persisted and
 * allow-listed documents, request filters and size limits, JSON errors for what never
 * reaches GraphQL, the client's budget headers, CORS and GraphiQL.
 */
package dev.newsgraph.http;
