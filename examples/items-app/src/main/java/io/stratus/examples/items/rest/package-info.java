/** The REST API (API Gateway payload format 1.0): item CRUD with optimistic locking and pagination. */
package io.stratus.examples.items.rest;
