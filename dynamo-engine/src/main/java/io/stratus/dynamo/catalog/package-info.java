/** Table metadata: key schemas, billing, indexes and options, and their persistent form. */
package io.stratus.dynamo.catalog;
