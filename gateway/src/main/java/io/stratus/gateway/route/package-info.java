/**
 * The route table: every API's routes compiled once into path patterns, matched most specific first
 * (literal segment, then {@code {param}}, then greedy {@code {proxy+}}; an exact method before
 * {@code ANY}; the HTTP API {@code $default} route last), at the root and under the stage prefix.
 */
package io.stratus.gateway.route;
