/**
 * CloudFormation intrinsic functions, condition functions, parameters and the static reference check
 * that CloudFormation runs before it evaluates anything.
 */
package io.stratus.gateway.template.intrinsic;
