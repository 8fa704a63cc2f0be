/**
 * Which PostgreSQL the service uses (spring.datasource.url, DATABASE_URL, or an embedded
 * server whose data survives restarts and which is started again if it dies), and how the
 * pool's connections are set up.
 */
package dev.newsgraph.database;
