/**
 * Loads SAM and CloudFormation templates: reads YAML or JSON, resolves parameters, conditions, mappings
 * and intrinsic functions, and turns the resources Stratus emulates into requests for its engines.
 *
 * <p>The pipeline is read ({@code TemplateReader}) → declare ({@code DocumentParser}, yielding the
 * records of {@code model}) → check references ({@code intrinsic.ReferenceValidator}) → bind parameters →
 * resolve ({@code intrinsic.IntrinsicResolver}) → convert per resource type. Everything a template asks
 * for that Stratus does not apply is listed in {@link io.stratus.gateway.template.Template#notices()}.
 */
package io.stratus.gateway.template;
