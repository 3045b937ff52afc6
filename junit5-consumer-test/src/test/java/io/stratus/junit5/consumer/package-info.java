/** A user's test suite: it depends on stratus-junit5 alone and lives on older Jackson and Netty. */
package io.stratus.junit5.consumer;
