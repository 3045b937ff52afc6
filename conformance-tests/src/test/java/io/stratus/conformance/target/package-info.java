/**
 * Where the conformance suite runs: an in-process Stratus server (the default) or real AWS, behind
 * one {@link io.stratus.conformance.target.Target} type that tests receive as a parameter.
 */
package io.stratus.conformance.target;
