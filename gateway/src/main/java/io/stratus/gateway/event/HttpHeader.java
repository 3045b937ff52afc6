package io.stratus.gateway.event;

/**
 * One request header as the client sent it.
 *
 * @param name  the name in the client's casing
 * @param value the value
 */
public record HttpHeader(String name, String value) { }
