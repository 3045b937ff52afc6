/**
 * The storage port and its H2 MVStore implementation; the only package that imports
 * {@code org.h2}. Keys are order-preserving byte strings, values opaque encoded items.
 */
package io.stratus.dynamo.storage;
