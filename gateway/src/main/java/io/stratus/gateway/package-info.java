/** API Gateway emulation and the SAM/CloudFormation template model. */
package io.stratus.gateway;
