package io.stratus.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;

/** Every handler shape, normalised: payload bytes in, response bytes out, given a Context. */
@FunctionalInterface
public interface Invocable {
    /** Runs the handler once; anything it throws is the function's error. */
    byte[] invoke(byte[] payload, Context context) throws Throwable;
}
