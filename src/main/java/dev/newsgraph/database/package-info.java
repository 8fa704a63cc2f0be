/**
 * Which PostgreSQL the service uses (spring.datasource.url, DATABASE_URL, or an embedded
 * server whose data survives restarts and which is started again if it dies), and how the
 * pool's connections are set up; and the COPY text format that bulk writers use.
 */
package dev.newsgraph.database;
