package io.stratus.lambda.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One execution environment's class loader over a function's code: child-first, so the function's own
 * libraries (SDK, Jackson...) win over the host's; JDK classes come from the platform loader as in Lambda;
 * the Lambda core interfaces come from the host so Stratus can hand the handler its {@code Context}.
 *
 * <p>Every class it defines is passed through {@link SystemCallRewriter}, so the function reads its own
 * {@link FunctionEnvironment} and its {@code System.exit} calls end only its environment ({@link ExitBridge}).
 * A fresh instance per environment gives each environment fresh static state.
 *
 * <p>When the function bundles AWS SDK for Java 2.x and has an {@code AWS_ENDPOINT_URL}, the loader also offers
 * the SDK a global interceptor that sends requests for AWS hosts there ({@link SdkEndpointInterceptor}).
 */
public final class FunctionClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** The core package: Context, LambdaLogger, RequestHandler, RequestStreamHandler, ClientContext... */
    private static final String CORE_PACKAGE = "com.amazonaws.services.lambda.runtime.";
    /** LambdaLogger's default methods take LogLevel, so the logging enums must be shared too. */
    private static final String CORE_LOGGING_PACKAGE = "com.amazonaws.services.lambda.runtime.logging.";
    private static final String BRIDGE = EnvironmentBridge.class.getName();
    private static final String EXIT_BRIDGE = ExitBridge.class.getName();
    /** {@link #exitStatus} before any exit. */
    private static final int NO_EXIT = Integer.MIN_VALUE;

    private final ClassLoader host;
    private final FunctionEnvironment environment;
    private final Map<String, ProtectionDomain> domains = new ConcurrentHashMap<>();
    /** Where the SDK interceptor redirects AWS hosts; null when the function has no valid endpoint. */
    private final URI sdkEndpoint;
    /** The status of the first {@code exit}/{@code halt} a function class called, or {@link #NO_EXIT}. */
    private final AtomicInteger exitStatus = new AtomicInteger(NO_EXIT);

    /**
     * @param classpath the function's code roots: directories and jars
     * @param environment what {@code System.getenv} answers inside this loader's classes
     */
    public FunctionClassLoader(List<URL> classpath, FunctionEnvironment environment) {
        // Unnamed, like the runtime's customer loader: a name would prefix every stack frame ("fn//pkg.C...").
        super(classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        this.host = FunctionClassLoader.class.getClassLoader();
        this.environment = environment;
        this.sdkEndpoint = endpointOf(environment.get("AWS_ENDPOINT_URL"));
    }

    private static URI endpointOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return uri.getScheme() != null && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The environment variables this loader's classes see. */
    public FunctionEnvironment environment() {
        return environment;
    }

    /** Records that function code asked the process to exit; the first status wins, as the process ends there. */
    void recordExit(int status) {
        exitStatus.compareAndSet(NO_EXIT, status);
    }

    /**
     * The status passed to {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} by this loader's
     * classes, on any thread; empty while none was called. An environment whose code exited is never reused.
     */
    public OptionalInt exitStatus() {
        int status = exitStatus.get();
        return status == NO_EXIT ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** True for the classes every function shares with the host. */
    static boolean isShared(String className) {
        return isDirectlyIn(className, CORE_PACKAGE) || isDirectlyIn(className, CORE_LOGGING_PACKAGE)
                || BRIDGE.equals(className) || EXIT_BRIDGE.equals(className);
    }

    private static boolean isDirectlyIn(String className, String packagePrefix) {
        return className.startsWith(packagePrefix) && className.indexOf('.', packagePrefix.length()) < 0;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = loadUnloaded(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> loadUnloaded(String name) throws ClassNotFoundException {
        if (isShared(name)) {
            return host.loadClass(name);
        }
        if (sdkEndpoint != null && SdkEndpointInterceptor.CLASS_NAME.equals(name)) {
            byte[] bytes = SdkEndpointInterceptor.generate(sdkEndpoint, sdkHasEndpointAttributes());
            definePackageOf(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
        // Lambda's customer loader delegates to the system loader first, so JDK classes always win.
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException notJdk) {
            Class<?> own = defineOwn(name);
            if (own == null) {
                throw new ClassNotFoundException(name);
            }
            return own;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> own = defineOwn(name);
        if (own == null) {
            throw new ClassNotFoundException(name);
        }
        return own;
    }

    private boolean sdkHasEndpointAttributes() {
        URL attributes = findResource(SdkEndpointInterceptor.SDK_ATTRIBUTES_CLASS);
        if (attributes == null) {
            return false;
        }
        try (InputStream in = attributes.openStream()) {
            return SdkEndpointInterceptor.hasClientEndpointAttribute(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + attributes, e);
        }
    }

    private Class<?> defineOwn(String name) {
        String path = name.replace('.', '/') + ".class";
        URL resource = findResource(path);
        if (resource == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = resource.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        byte[] rewritten = SystemCallRewriter.rewrite(bytes);
        definePackageOf(name);
        return defineClass(name, rewritten, 0, rewritten.length, domainOf(resource, path));
    }

    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String packageName = className.substring(0, dot);
        if (getDefinedPackage(packageName) == null) {
            try {
                definePackage(packageName, null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedConcurrently) {
                // another thread defined it first: fine
            }
        }
    }

    /** The code source is the jar or directory the class came from, as libraries locating themselves expect. */
    private ProtectionDomain domainOf(URL resource, String path) {
        String url = resource.toString();
        String root = url.substring(0, url.length() - path.length());
        if (root.startsWith("jar:") && root.endsWith("!/")) {
            root = root.substring("jar:".length(), root.length() - 2);
        }
        return domains.computeIfAbsent(root, r -> {
            try {
                return new ProtectionDomain(new CodeSource(new URL(r), (Certificate[]) null), null, this, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Adds the Stratus interceptor to the SDK's global interceptor listings when the function bundles the SDK. */
    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        Enumeration<URL> own = super.findResources(name);
        if (sdkEndpoint == null || !SdkEndpointInterceptor.RESOURCE.equals(name)
                || findResource(SdkEndpointInterceptor.SDK_MARKER) == null) {
            return own;
        }
        List<URL> all = new ArrayList<>(Collections.list(own));
        all.add(SdkEndpointInterceptor.resource());
        return Collections.enumeration(all);
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }
}
