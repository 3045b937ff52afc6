/**
 * Function log capture: System.out/err demultiplexed by the printing thread's execution environment, and
 * each invocation's log (START ... END, REPORT) kept for {@code LogType: Tail}.
 */
package io.stratus.lambda.runtime.log;
