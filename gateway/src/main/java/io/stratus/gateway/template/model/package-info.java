/**
 * Immutable records for a template as declared, before any intrinsic function is resolved: parameters,
 * resources, outputs and SAM globals. Values inside properties stay as plain trees of maps, lists and
 * scalars, with intrinsic functions in their long form ({@code {"Fn::Sub": ...}}).
 */
package io.stratus.gateway.template.model;
