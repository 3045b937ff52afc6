/** Runs Java Lambda handlers in-process in isolated execution environments (built by the Lambda host issue). */
package io.stratus.lambda;
