package io.stratus.gateway.template;

import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import io.stratus.gateway.template.intrinsic.NoValue;
import io.stratus.gateway.template.intrinsic.ResourceResolver;
import io.stratus.gateway.template.model.ResourceDeclaration;
import io.stratus.gateway.template.model.StackIdentity;
import io.stratus.gateway.template.model.TemplateDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code Ref} and {@code Fn::GetAtt} yield for each resource of a template: the physical name
 * (from the naming property, else generated), and the ARNs and attributes CloudFormation documents for
 * the types Stratus knows. Attributes of other types become readable placeholders with a notice.
 */
final class ResourceCatalog implements ResourceResolver {

    /** The property that names a resource, per type; types absent here always get generated names. */
    private static final Map<String, String> NAME_PROPERTY = Map.of(
            "AWS::DynamoDB::Table", "TableName",
            "AWS::Serverless::SimpleTable", "TableName",
            "AWS::Lambda::Function", "FunctionName",
            "AWS::Serverless::Function", "FunctionName",
            "AWS::IAM::Role", "RoleName",
            "AWS::SQS::Queue", "QueueName",
            "AWS::SNS::Topic", "TopicName",
            "AWS::S3::Bucket", "BucketName",
            "AWS::Logs::LogGroup", "LogGroupName");
    private static final Set<String> API_TYPES = Set.of("AWS::Serverless::Api", "AWS::ApiGateway::RestApi",
            "AWS::Serverless::HttpApi", "AWS::ApiGatewayV2::Api");
    /** Longest name CloudFormation generates; DynamoDB allows 255, Lambda 64, IAM roles 64, S3 63. */
    private static final int MAX_GENERATED_NAME = 255;
    private static final int MAX_SHORT_NAME = 63;

    private final TemplateDocument document;
    private final Map<String, String> implicitTypes;
    private final StackIdentity stack;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> naming = new LinkedHashSet<>();

    ResourceCatalog(TemplateDocument document, StackIdentity stack) {
        this.document = document;
        this.stack = stack;
        this.implicitTypes = implicitResources(document);
    }

    /** Resources SAM generates without the template declaring them, by logical id → type. */
    Map<String, String> implicitTypes() {
        return implicitTypes;
    }

    @Override
    public boolean isDeclared(String logicalId) {
        return document.resources().containsKey(logicalId) || implicitTypes.containsKey(logicalId);
    }

    @Override
    public Object ref(String logicalId, IntrinsicResolver resolver, String path) {
        String type = requireActive(logicalId, resolver, path);
        String name = physicalName(logicalId, type, resolver);
        return switch (type) {
            case "AWS::SQS::Queue" -> "https://sqs." + stack.region() + ".amazonaws.com/" + stack.accountId() + "/" + name;
            case "AWS::SNS::Topic" -> arn("sns", name);
            default -> name;
        };
    }

    @Override
    public Object getAtt(String logicalId, String attribute, IntrinsicResolver resolver, String path) {
        String type = requireActive(logicalId, resolver, path);
        String name = physicalName(logicalId, type, resolver);
        String value = switch (type + "." + attribute) {
            case "AWS::DynamoDB::Table.Arn", "AWS::Serverless::SimpleTable.Arn" -> arn("dynamodb", "table/" + name);
            // CloudFormation reports the label of the stream's creation time; Stratus fixes one label.
            case "AWS::DynamoDB::Table.StreamArn", "AWS::Serverless::SimpleTable.StreamArn" ->
                    arn("dynamodb", "table/" + name + "/stream/" + TableDefinition.STREAM_LABEL);
            case "AWS::Lambda::Function.Arn", "AWS::Serverless::Function.Arn" -> arn("lambda", "function:" + name);
            case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + stack.accountId() + ":role/" + name;
            case "AWS::SQS::Queue.Arn" -> arn("sqs", name);
            case "AWS::SQS::Queue.QueueName", "AWS::SNS::Topic.TopicName" -> name;
            case "AWS::SQS::Queue.QueueUrl" -> String.valueOf(ref(logicalId, resolver, path));
            case "AWS::SNS::Topic.TopicArn" -> arn("sns", name);
            case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + name;
            case "AWS::S3::Bucket.DomainName" -> name + ".s3.amazonaws.com";
            case "AWS::S3::Bucket.RegionalDomainName" -> name + ".s3." + stack.region() + ".amazonaws.com";
            case "AWS::Logs::LogGroup.Arn" -> arn("logs", "log-group:" + name + ":*");
            case "AWS::Serverless::HttpApi.ApiEndpoint", "AWS::ApiGatewayV2::Api.ApiEndpoint" ->
                    "https://" + name + ".execute-api." + stack.region() + ".amazonaws.com";
            case "AWS::Serverless::HttpApi.ApiId", "AWS::ApiGatewayV2::Api.ApiId" -> name;
            case "AWS::Serverless::Api.RootResourceId", "AWS::ApiGateway::RestApi.RootResourceId" ->
                    PhysicalNames.apiId(stack.stackName(), logicalId + "/");
            default -> null;
        };
        if (value != null) {
            return value;
        }
        if (type.equals("AWS::DynamoDB::Table") || type.equals("AWS::Serverless::SimpleTable")) {
            throw TemplateException.at(path, "Template error: resource " + logicalId + " does not support attribute "
                    + "type " + attribute + " in Fn::GetAtt");
        }
        String placeholder = "<unresolved Fn::GetAtt " + logicalId + "." + attribute + ">";
        resolver.notice(path + ": Fn::GetAtt " + logicalId + "." + attribute + " cannot be resolved, because Stratus "
                + "does not emulate " + type + "; kept as the placeholder " + placeholder);
        return placeholder;
    }

    /** The physical name of an active resource: its naming property, else a generated name. */
    String physicalName(String logicalId, String type, IntrinsicResolver resolver) {
        String known = names.get(logicalId);
        if (known != null) {
            return known;
        }
        if (!naming.add(logicalId)) {
            List<String> cycle = new ArrayList<>(naming);
            throw TemplateException.at("Resources." + logicalId, "Circular dependency between resources: "
                    + cycle.subList(cycle.indexOf(logicalId), cycle.size()));
        }
        try {
            String name = null;
            ResourceDeclaration declared = document.resources().get(logicalId);
            String property = NAME_PROPERTY.get(type);
            if (declared != null && property != null && declared.properties().containsKey(property)) {
                String path = declared.propertiesPath() + "." + property;
                Object value = resolver.resolve(declared.properties().get(property), path);
                if (value != NoValue.INSTANCE) {
                    name = IntrinsicResolver.text(value);
                    if (name == null) {
                        throw TemplateException.at(path, "expected type: String, found: "
                                + PropertyShape.typeName(value));
                    }
                }
            }
            if (name == null) {
                name = API_TYPES.contains(type) ? PhysicalNames.apiId(stack.stackName(), logicalId)
                        : PhysicalNames.generate(stack.stackName(), logicalId, maxLength(type));
                if (type.equals("AWS::S3::Bucket")) {
                    name = name.toLowerCase(java.util.Locale.ROOT);
                }
            }
            names.put(logicalId, name);
            return name;
        } finally {
            naming.remove(logicalId);
        }
    }

    private static int maxLength(String type) {
        return type.startsWith("AWS::DynamoDB::") || type.equals("AWS::Serverless::SimpleTable")
                ? MAX_GENERATED_NAME : MAX_SHORT_NAME;
    }

    private String requireActive(String logicalId, IntrinsicResolver resolver, String path) {
        ResourceDeclaration declared = document.resources().get(logicalId);
        if (declared == null) {
            return implicitTypes.get(logicalId);
        }
        // CloudFormation removes a resource whose condition is false; a reference to it is then unresolved.
        if (declared.condition() != null && !resolver.condition(declared.condition(), "Resources." + logicalId
                + ".Condition")) {
            throw TemplateException.at(path, "Template format error: Unresolved resource dependencies [" + logicalId
                    + "] in the " + path.substring(0, Math.max(0, path.indexOf('.'))) + " block of the template");
        }
        return declared.type();
    }

    private String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + stack.region() + ":" + stack.accountId() + ":" + resource;
    }

    /**
     * SAM's implicit resources: {@code ServerlessRestApi} / {@code ServerlessHttpApi} for functions with
     * Api / HttpApi events that name no API, and {@code <Function>Role} for functions without a Role.
     * See https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
     */
    private static Map<String, String> implicitResources(TemplateDocument document) {
        if (!document.isSam()) {
            return Map.of();
        }
        Map<String, String> implicit = new LinkedHashMap<>();
        for (ResourceDeclaration r : document.resources().values()) {
            if (!r.type().equals("AWS::Serverless::Function")) {
                continue;
            }
            if (!r.properties().containsKey("Role")) {
                implicit.put(r.logicalId() + "Role", "AWS::IAM::Role");
            }
            if (r.properties().get("Events") instanceof Map<?, ?> events) {
                for (Object event : events.values()) {
                    if (event instanceof Map<?, ?> e && e.get("Properties") instanceof Map<?, ?> p) {
                        if ("Api".equals(e.get("Type")) && !p.containsKey("RestApiId")) {
                            implicit.put("ServerlessRestApi", "AWS::ApiGateway::RestApi");
                        }
                        if ("HttpApi".equals(e.get("Type")) && !p.containsKey("ApiId")) {
                            implicit.put("ServerlessHttpApi", "AWS::ApiGatewayV2::Api");
                        }
                    } else if (event instanceof Map<?, ?> e && "HttpApi".equals(e.get("Type"))) {
                        implicit.put("ServerlessHttpApi", "AWS::ApiGatewayV2::Api");
                    }
                }
            }
        }
        implicit.keySet().removeAll(document.resources().keySet());
        return Collections.unmodifiableMap(implicit);
    }
}
