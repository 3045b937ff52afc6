package io.stratus.lambda.load;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Generates, per function class loader, an AWS SDK for Java 2.x {@code ExecutionInterceptor} that sends
 * requests for AWS hosts to Stratus, and the {@code execution.interceptors} resource that makes every SDK
 * client in the function load it as a global interceptor.
 *
 * <p>Why: SDKs before 2.28.1 ignore {@code AWS_ENDPOINT_URL} (support came with aws/aws-sdk-java-v2#5562), and
 * code with a hard-coded region may still build a real AWS URL; a function must never reach AWS. Every 2.x SDK reads
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors} with {@code ClassLoader.getResources}
 * and instantiates the classes listed there (checked in 2.10.70, 2.20.162 and 2.57.8). The class is generated
 * with ASM rather than compiled, because Stratus cannot depend on the SDK the function brings: it is linked
 * against the function's own SDK when its loader defines it. In Java, it reads:
 *
 * <pre>{@code
 * // Only generated for SDKs that have CLIENT_ENDPOINT (2.18+, "Endpoints 2.0"): their endpoint interceptor
 * // resolves the endpoint from these attributes in modifyRequest, then re-applies it in modifyHttpRequest,
 * // after ours (global interceptors come first). Naming Stratus as the client's override makes it resolve there.
 * public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
 *     Object endpoint = attributes.getAttribute(SdkExecutionAttribute.CLIENT_ENDPOINT);
 *     if (endpoint != null && isAws(((URI) endpoint).getHost())) {
 *         attributes.putAttribute(SdkExecutionAttribute.CLIENT_ENDPOINT, URI.create(STRATUS));
 *         attributes.putAttribute(SdkExecutionAttribute.ENDPOINT_OVERRIDDEN, Boolean.TRUE);
 *     }
 *     return context.request();
 * }
 *
 * // Older SDKs put the endpoint into the request when marshalling: rewrite the request itself.
 * public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
 *     SdkHttpRequest request = context.httpRequest();
 *     String host = request.host();
 *     if (!isAws(host)) {
 *         return request;   // Stratus already (AWS_ENDPOINT_URL on a new SDK) or not AWS at all: untouched
 *     }
 *     return request.toBuilder().protocol(SCHEME).host(HOST).port(PORT).build();
 * }
 *
 * // isAws(host): host ends with .amazonaws.com, .amazonaws.com.cn or .api.aws
 * }</pre>
 *
 * The request is rewritten before the SDK signs it, so the signature matches the new host (Stratus does not
 * check it anyway). The path is kept: every AWS JSON protocol posts to {@code /}.
 */
final class SdkEndpointInterceptor {
    /** The resource the SDK lists global interceptors in. */
    static final String RESOURCE = "software/amazon/awssdk/global/handlers/execution.interceptors";
    /** Present on a classpath that holds SDK 2.x core. */
    static final String SDK_MARKER = "software/amazon/awssdk/core/interceptor/ExecutionInterceptor.class";
    /** The generated class; its simple name must be unique, as the SDK keys interceptors by simple name. */
    static final String CLASS_NAME = "io.stratus.lambda.sdk.StratusEndpointInterceptor";
    /** Host suffixes of AWS endpoints: the commercial, China and dual-stack partitions' domains. */
    static final List<String> AWS_HOST_SUFFIXES = List.of(".amazonaws.com", ".amazonaws.com.cn", ".api.aws");

    private static final String INTERNAL_NAME = CLASS_NAME.replace('.', '/');
    private static final String INTERCEPTOR = "software/amazon/awssdk/core/interceptor/ExecutionInterceptor";
    private static final String CONTEXT = "software/amazon/awssdk/core/interceptor/Context$ModifyHttpRequest";
    private static final String AFTER_MARSHALLING =
            "software/amazon/awssdk/core/interceptor/Context$AfterMarshalling";
    private static final String ATTRIBUTES = "software/amazon/awssdk/core/interceptor/ExecutionAttributes";
    private static final String ATTRIBUTE = "software/amazon/awssdk/core/interceptor/ExecutionAttribute";
    private static final String SDK_ATTRIBUTES = "software/amazon/awssdk/core/interceptor/SdkExecutionAttribute";
    /** The class file holding CLIENT_ENDPOINT, looked for before generating code that reads it. */
    static final String SDK_ATTRIBUTES_CLASS = SDK_ATTRIBUTES + ".class";
    private static final String CLIENT_ENDPOINT = "CLIENT_ENDPOINT";
    private static final String MODIFY_REQUEST_CONTEXT = "software/amazon/awssdk/core/interceptor/Context$ModifyRequest";
    private static final String BEFORE_EXECUTION = "software/amazon/awssdk/core/interceptor/Context$BeforeExecution";
    private static final String SDK_REQUEST = "software/amazon/awssdk/core/SdkRequest";
    private static final String REQUEST = "software/amazon/awssdk/http/SdkHttpRequest";
    private static final String BUILDER = "software/amazon/awssdk/http/SdkHttpRequest$Builder";
    // Erased descriptors of the generic builder methods: the same in every 2.x release.
    private static final String TO_COPYABLE_BUILDER = "software/amazon/awssdk/utils/builder/ToCopyableBuilder";
    private static final String COPYABLE_BUILDER = "software/amazon/awssdk/utils/builder/CopyableBuilder";
    private static final String SDK_BUILDER = "software/amazon/awssdk/utils/builder/SdkBuilder";

    private SdkEndpointInterceptor() {
    }

    /**
     * Whether an SDK's {@code SdkExecutionAttribute} class file declares {@code CLIENT_ENDPOINT}, i.e. whether
     * the generated interceptor may refer to it.
     */
    static boolean hasClientEndpointAttribute(byte[] sdkExecutionAttributeClass) {
        boolean[] found = {false};
        new org.objectweb.asm.ClassReader(sdkExecutionAttributeClass).accept(new org.objectweb.asm.ClassVisitor(
                Opcodes.ASM9) {
            @Override
            public org.objectweb.asm.FieldVisitor visitField(int access, String name, String descriptor,
                                                              String signature, Object value) {
                found[0] |= CLIENT_ENDPOINT.equals(name);
                return null;
            }
        }, org.objectweb.asm.ClassReader.SKIP_CODE);
        return found[0];
    }

    /**
     * The class bytes of an interceptor that redirects AWS hosts to {@code endpoint}.
     *
     * @param endpointAttributes whether the SDK has {@code CLIENT_ENDPOINT}, so that a {@code modifyRequest}
     *     redirecting its endpoint resolution may be generated
     */
    static byte[] generate(URI endpoint, boolean endpointAttributes) {
        String scheme = endpoint.getScheme();
        int port = endpoint.getPort() >= 0 ? endpoint.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String first, String second) {
                // Frames here only ever merge identical types; never load SDK classes to compare them.
                return "java/lang/Object";
            }
        };
        writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, INTERNAL_NAME, null,
                "java/lang/Object", new String[] {INTERCEPTOR});

        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        if (endpointAttributes) {
            generateModifyRequest(writer, endpoint);
        }

        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "modifyHttpRequest",
                "(L" + CONTEXT + ";L" + ATTRIBUTES + ";)L" + REQUEST + ";", null, null);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 1);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, AFTER_MARSHALLING, "httpRequest", "()L" + REQUEST + ";",
                true);
        method.visitVarInsn(Opcodes.ASTORE, 3);
        method.visitVarInsn(Opcodes.ALOAD, 3);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, REQUEST, "host", "()Ljava/lang/String;", true);
        method.visitVarInsn(Opcodes.ASTORE, 4);
        Label redirect = new Label();
        jumpIfAwsHost(method, 4, redirect);
        method.visitVarInsn(Opcodes.ALOAD, 3);
        method.visitInsn(Opcodes.ARETURN);
        method.visitLabel(redirect);
        method.visitVarInsn(Opcodes.ALOAD, 3);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, TO_COPYABLE_BUILDER, "toBuilder",
                "()L" + COPYABLE_BUILDER + ";", true);
        method.visitTypeInsn(Opcodes.CHECKCAST, BUILDER);
        method.visitLdcInsn(scheme);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, BUILDER, "protocol", "(Ljava/lang/String;)L" + BUILDER + ";",
                true);
        method.visitLdcInsn(endpoint.getHost());
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, BUILDER, "host", "(Ljava/lang/String;)L" + BUILDER + ";",
                true);
        method.visitLdcInsn(port);
        method.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;",
                false);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, BUILDER, "port", "(Ljava/lang/Integer;)L" + BUILDER + ";",
                true);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, SDK_BUILDER, "build", "()Ljava/lang/Object;", true);
        method.visitTypeInsn(Opcodes.CHECKCAST, REQUEST);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();

        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void generateModifyRequest(ClassWriter writer, URI endpoint) {
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "modifyRequest",
                "(L" + MODIFY_REQUEST_CONTEXT + ";L" + ATTRIBUTES + ";)L" + SDK_REQUEST + ";", null, null);
        method.visitCode();
        Label done = new Label();
        Label redirect = new Label();
        method.visitVarInsn(Opcodes.ALOAD, 2);
        method.visitFieldInsn(Opcodes.GETSTATIC, SDK_ATTRIBUTES, CLIENT_ENDPOINT, "L" + ATTRIBUTE + ";");
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ATTRIBUTES, "getAttribute",
                "(L" + ATTRIBUTE + ";)Ljava/lang/Object;", false);
        method.visitVarInsn(Opcodes.ASTORE, 3);
        method.visitVarInsn(Opcodes.ALOAD, 3);
        method.visitJumpInsn(Opcodes.IFNULL, done);
        method.visitVarInsn(Opcodes.ALOAD, 3);
        method.visitTypeInsn(Opcodes.CHECKCAST, "java/net/URI");
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/net/URI", "getHost", "()Ljava/lang/String;", false);
        method.visitVarInsn(Opcodes.ASTORE, 4);
        method.visitVarInsn(Opcodes.ALOAD, 4);
        method.visitJumpInsn(Opcodes.IFNULL, done);
        jumpIfAwsHost(method, 4, redirect);
        method.visitJumpInsn(Opcodes.GOTO, done);
        method.visitLabel(redirect);
        method.visitVarInsn(Opcodes.ALOAD, 2);
        method.visitFieldInsn(Opcodes.GETSTATIC, SDK_ATTRIBUTES, CLIENT_ENDPOINT, "L" + ATTRIBUTE + ";");
        method.visitLdcInsn(endpoint.toString());
        method.visitMethodInsn(Opcodes.INVOKESTATIC, "java/net/URI", "create", "(Ljava/lang/String;)Ljava/net/URI;",
                false);
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ATTRIBUTES, "putAttribute",
                "(L" + ATTRIBUTE + ";Ljava/lang/Object;)L" + ATTRIBUTES + ";", false);
        method.visitInsn(Opcodes.POP);
        method.visitVarInsn(Opcodes.ALOAD, 2);
        method.visitFieldInsn(Opcodes.GETSTATIC, SDK_ATTRIBUTES, "ENDPOINT_OVERRIDDEN", "L" + ATTRIBUTE + ";");
        method.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ATTRIBUTES, "putAttribute",
                "(L" + ATTRIBUTE + ";Ljava/lang/Object;)L" + ATTRIBUTES + ";", false);
        method.visitInsn(Opcodes.POP);
        method.visitLabel(done);
        method.visitVarInsn(Opcodes.ALOAD, 1);
        method.visitMethodInsn(Opcodes.INVOKEINTERFACE, BEFORE_EXECUTION, "request", "()L" + SDK_REQUEST + ";",
                true);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    /** Emits: if the String in {@code local} ends with an AWS host suffix, jump to {@code target}. */
    private static void jumpIfAwsHost(MethodVisitor method, int local, Label target) {
        for (String suffix : AWS_HOST_SUFFIXES) {
            method.visitVarInsn(Opcodes.ALOAD, local);
            method.visitLdcInsn(suffix);
            method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "endsWith", "(Ljava/lang/String;)Z",
                    false);
            method.visitJumpInsn(Opcodes.IFNE, target);
        }
    }

    /** A URL whose content is the interceptors resource naming the generated class. */
    static URL resource() {
        byte[] listing = (CLASS_NAME + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            return new URL("stratus", "", -1, "/" + RESOURCE, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                            connected = true;
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(listing);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
