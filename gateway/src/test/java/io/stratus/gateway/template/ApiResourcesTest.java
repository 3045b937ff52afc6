package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiResourcesTest {

    private static Template parse(String yaml) {
        return TemplateLoader.parse(yaml, "template.yaml", Map.of());
    }

    private static ApiDefinition api(Template template, String logicalId) {
        return template.apis().stream().filter(a -> a.logicalId().equals(logicalId)).findFirst().orElseThrow();
    }

    private static final String HEADER = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
            """;

    @Nested
    class ImplicitApis {

        private final Template template = parse(HEADER + """
                  ItemsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: items
                      Handler: example.Items::handleRequest
                      Runtime: java17
                      Events:
                        GetItem:
                          Type: Api
                          Properties: {Path: '/items/{id}', Method: get}
                        Everything:
                          Type: HttpApi
                        ListItems:
                          Type: HttpApi
                          Properties: {Path: /items, Method: GET, PayloadFormatVersion: '1.0'}
                Outputs:
                  Url:
                    Value: !Sub "https://${ServerlessRestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/Prod/"
                """);

        @Test
        void anApiEventCreatesServerlessRestApiWithStageProd() {
            ApiDefinition rest = api(template, "ServerlessRestApi");
            assertThat(rest.kind()).isEqualTo(ApiKind.REST);
            assertThat(rest.stage()).isEqualTo("Prod");
            assertThat(rest.apiId()).matches("[a-z0-9]{10}");
            assertThat(rest.routes()).containsExactly(new ApiRoute("GET", "/items/{id}", "ItemsFunction", "items",
                    PayloadFormat.V1, null, List.of(), false, null));
        }

        @Test
        void anHttpApiEventWithoutPathIsTheDefaultRouteWithPayloadTwo() {
            ApiDefinition http = api(template, "ServerlessHttpApi");
            assertThat(http.kind()).isEqualTo(ApiKind.HTTP);
            assertThat(http.stage()).isEqualTo("$default");
            assertThat(http.routes()).extracting(ApiRoute::routeKey, ApiRoute::payloadFormat)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("$default", PayloadFormat.V2),
                            org.assertj.core.groups.Tuple.tuple("GET /items", PayloadFormat.V1));
        }

        @Test
        void theOutputKeepsTheCloudFormationUrlWithTheStableApiId() {
            String apiId = api(template, "ServerlessRestApi").apiId();
            assertThat(template.outputs().get("Url"))
                    .isEqualTo("https://" + apiId + ".execute-api.us-east-1.amazonaws.com/Prod/");
            assertThat(parse(HEADER + """
                      F:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: a.B, Runtime: java17, Events: {E: {Type: Api, Properties: {Path: /, Method: any}}}}
                    """).apis().get(0).apiId()).isEqualTo(apiId);
        }

        @Test
        void apiResourcesAreNoLongerListedAsNotServed() {
            assertThat(template.notices()).noneMatch(n -> n.contains("ServerlessRestApi") && n.contains("Not served"));
        }
    }

    @Nested
    class ExplicitSamApis {

        private final Template template = parse(HEADER + """
                  MyApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: dev
                      Variables: {table: items-dev}
                      BinaryMediaTypes: ['image~1png']
                      Cors:
                        AllowOrigin: "'https://example.com'"
                        AllowHeaders: "'Content-Type,X-Api-Key'"
                        MaxAge: "'600'"
                      Auth:
                        DefaultAuthorizer: TokenAuth
                        ApiKeyRequired: true
                        Authorizers:
                          TokenAuth:
                            FunctionArn: !GetAtt AuthFunction.Arn
                            Identity: {Header: X-Token, ReauthorizeEvery: 60}
                          RequestAuth:
                            FunctionArn: !GetAtt AuthFunction.Arn
                            FunctionPayloadType: REQUEST
                            Identity: {Headers: [X-A], QueryStrings: [q]}
                      Models:
                        Item:
                          type: object
                          required: [name]
                          properties: {name: {type: string}}
                  AuthFunction:
                    Type: AWS::Serverless::Function
                    Properties: {FunctionName: auth, Handler: a.Auth, Runtime: java17}
                  ItemsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: items
                      Handler: a.Items
                      Runtime: java17
                      Events:
                        Create:
                          Type: Api
                          Properties:
                            RestApiId: !Ref MyApi
                            Path: /items
                            Method: post
                            RequestModel: {Model: Item, ValidateBody: true}
                            RequestParameters:
                              - method.request.querystring.mode: {Required: true}
                        Open:
                          Type: Api
                          Properties:
                            RestApiId: !Ref MyApi
                            Path: /health
                            Method: get
                            Auth: {Authorizer: NONE, ApiKeyRequired: false}
                  Http:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      CorsConfiguration: {AllowOrigins: ['*'], AllowMethods: [get, post], MaxAge: 300}
                      Auth:
                        DefaultAuthorizer: Jwt
                        Authorizers:
                          Jwt:
                            JwtConfiguration: {issuer: 'https://issuer.example.com', audience: [client-1]}
                            IdentitySource: $request.header.Authorization
                  HttpFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Http
                      Runtime: java17
                      Events:
                        Get:
                          Type: HttpApi
                          Properties: {ApiId: !Ref Http, Path: '/orders/{id}', Method: GET, Auth: {AuthorizationScopes: [orders/read]}}
                """);

        @Test
        void stageVariablesBinaryTypesAndCorsAreRead() {
            ApiDefinition api = api(template, "MyApi");
            assertThat(api.stage()).isEqualTo("dev");
            assertThat(api.stageVariables()).containsExactly(Map.entry("table", "items-dev"));
            assertThat(api.binaryMediaTypes()).containsExactly("image/png");
            assertThat(api.cors()).isEqualTo(new CorsPolicy(List.of("https://example.com"), List.of(),
                    List.of("Content-Type", "X-Api-Key"), List.of(), 600, false));
        }

        @Test
        void defaultAuthorizerAndApiKeyApplyUnlessTheEventOptsOut() {
            ApiDefinition api = api(template, "MyApi");
            ApiRoute create = api.routes().get(0);
            ApiRoute open = api.routes().get(1);
            assertThat(create.authorizer()).isEqualTo("TokenAuth");
            assertThat(create.apiKeyRequired()).isTrue();
            assertThat(open.authorizer()).isNull();
            assertThat(open.apiKeyRequired()).isFalse();
        }

        @Test
        void lambdaAuthorizersGetRestIdentitySourcesAndTheirTtl() {
            ApiDefinition api = api(template, "MyApi");
            assertThat(api.authorizer("TokenAuth")).isEqualTo(new AuthorizerDefinition("TokenAuth", AuthorizerType.TOKEN,
                    "auth", List.of("method.request.header.X-Token"), 60, null, List.of(), PayloadFormat.V1, false, null));
            assertThat(api.authorizer("RequestAuth").identitySources())
                    .containsExactly("method.request.header.X-A", "method.request.querystring.q");
            assertThat(api.authorizer("RequestAuth").resultTtlSeconds()).isEqualTo(300);
        }

        @Test
        void requestModelBecomesAValidatorWithTheModelsSchema() {
            RequestValidation validation = api(template, "MyApi").routes().get(0).validation();
            assertThat(validation.modelName()).isEqualTo("Item");
            assertThat(validation.validateBody()).isTrue();
            assertThat(validation.validateParameters()).isFalse();
            assertThat(validation.requiredParameters()).containsExactly("method.request.querystring.mode");
            assertThat(validation.schema()).containsEntry("type", "object");
        }

        @Test
        void httpApiJwtAuthorizerAndCorsConfigurationAreRead() {
            ApiDefinition http = api(template, "Http");
            assertThat(http.authorizer("Jwt")).isEqualTo(new AuthorizerDefinition("Jwt", AuthorizerType.JWT, null,
                    List.of("$request.header.Authorization"), 0, "https://issuer.example.com", List.of("client-1"),
                    PayloadFormat.V2, false, null));
            assertThat(http.cors()).isEqualTo(new CorsPolicy(List.of("*"), List.of("GET", "POST"), List.of(), List.of(),
                    300, false));
            assertThat(http.routes().get(0).authorizationScopes()).containsExactly("orders/read");
            assertThat(http.routes().get(0).functionName()).matches("stratus-HttpFunction-[A-Z0-9]{13}");
        }

        @Test
        void anEventNamingAnUnknownAuthorizerIsATemplateError() {
            assertThatThrownBy(() -> parse(HEADER + """
                      Api:
                        Type: AWS::Serverless::Api
                        Properties: {StageName: v1}
                      F:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: a.B
                          Runtime: java17
                          Events: {E: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /, Method: get, Auth: {Authorizer: Nope}}}}
                    """)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("Unable to set Authorizer [Nope] on API method");
        }
    }

    @Test
    void openApiDefinitionBodyRoutesAwsProxyIntegrationsToTheirFunctions() {
        Template template = parse(HEADER + """
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: v1
                      DefinitionBody:
                        openapi: '3.0.1'
                        components:
                          securitySchemes:
                            api_key: {type: apiKey, name: x-api-key, in: header}
                        paths:
                          /pets/{petId}:
                            get:
                              security: [{api_key: []}]
                              x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Pets.Arn}/invocations
                            x-amazon-apigateway-any-method:
                              x-amazon-apigateway-integration: {type: mock}
                  Pets:
                    Type: AWS::Serverless::Function
                    Properties: {FunctionName: pets, Handler: a.Pets, Runtime: java17}
                """);
        ApiDefinition api = template.apis().get(0);
        assertThat(api.routes()).containsExactly(new ApiRoute("GET", "/pets/{petId}", "Pets", "pets", PayloadFormat.V1,
                null, List.of(), true, null));
        assertThat(template.notices()).anyMatch(n -> n.contains("only Lambda proxy (aws_proxy) integrations"));
    }

    @Test
    void cloudFormationRestApiResourcesMethodsAndStageBecomeRoutes() {
        Template template = TemplateLoader.parse("""
                Resources:
                  Api:
                    Type: AWS::ApiGateway::RestApi
                    Properties: {Name: shop}
                  Items:
                    Type: AWS::ApiGateway::Resource
                    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: items}
                  Item:
                    Type: AWS::ApiGateway::Resource
                    Properties: {RestApiId: !Ref Api, ParentId: !Ref Items, PathPart: '{id}'}
                  GetItem:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref Api
                      ResourceId: !Ref Item
                      HttpMethod: GET
                      AuthorizationType: NONE
                      ApiKeyRequired: true
                      Integration:
                        Type: AWS_PROXY
                        IntegrationHttpMethod: POST
                        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations
                  Key:
                    Type: AWS::ApiGateway::ApiKey
                    Properties: {Value: abcdefghijklmnopqrst, Enabled: true}
                  Stage:
                    Type: AWS::ApiGateway::Stage
                    Properties: {RestApiId: !Ref Api, StageName: live, Variables: {mode: fast}}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {FunctionName: getter, Handler: a.B, Runtime: java17, Role: arn:aws:iam::000000000000:role/r, Code: {ZipFile: x}}
                """, "t.yaml", Map.of());
        ApiDefinition api = template.apis().get(0);
        assertThat(api.stage()).isEqualTo("live");
        assertThat(api.stageVariables()).containsEntry("mode", "fast");
        assertThat(api.apiKeys()).containsExactly("abcdefghijklmnopqrst");
        assertThat(api.routes()).containsExactly(new ApiRoute("GET", "/items/{id}", "Fn", "getter", PayloadFormat.V1,
                null, List.of(), true, null));
    }

    @Test
    void cloudFormationHttpApiRoutesFollowTheirIntegrations() {
        Template template = TemplateLoader.parse("""
                Resources:
                  Api:
                    Type: AWS::ApiGatewayV2::Api
                    Properties: {Name: orders, ProtocolType: HTTP}
                  Integration:
                    Type: AWS::ApiGatewayV2::Integration
                    Properties:
                      ApiId: !Ref Api
                      IntegrationType: AWS_PROXY
                      IntegrationUri: !GetAtt Fn.Arn
                      PayloadFormatVersion: '1.0'
                  Route:
                    Type: AWS::ApiGatewayV2::Route
                    Properties:
                      ApiId: !Ref Api
                      RouteKey: 'POST /orders'
                      Target: !Join [/, [integrations, !Ref Integration]]
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {FunctionName: orders, Handler: a.B, Runtime: java17, Role: arn:aws:iam::000000000000:role/r, Code: {ZipFile: x}}
                """, "t.yaml", Map.of());
        ApiDefinition api = template.apis().get(0);
        assertThat(api.kind()).isEqualTo(ApiKind.HTTP);
        assertThat(api.stage()).isEqualTo("$default");
        assertThat(api.routes()).containsExactly(new ApiRoute("POST", "/orders", "Fn", "orders", PayloadFormat.V1,
                null, List.of(), false, null));
    }
}
