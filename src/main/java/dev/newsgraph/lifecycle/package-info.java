/**
 * Starting and stopping: start-up problems explained as failure analyses, and SIGTERM as
 * a normal stop.
 */
package dev.newsgraph.lifecycle;
