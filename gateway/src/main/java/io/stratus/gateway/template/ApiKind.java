package io.stratus.gateway.template;

/** The two API Gateway products a template can declare: REST APIs (v1) and HTTP APIs (v2). */
public enum ApiKind {
    /** {@code AWS::Serverless::Api}, {@code AWS::ApiGateway::RestApi} and the implicit {@code ServerlessRestApi}. */
    REST,
    /** {@code AWS::Serverless::HttpApi}, {@code AWS::ApiGatewayV2::Api} and the implicit {@code ServerlessHttpApi}. */
    HTTP
}
