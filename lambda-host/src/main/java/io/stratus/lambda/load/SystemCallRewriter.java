package io.stratus.lambda.load;

import java.nio.charset.StandardCharsets;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class so that its {@code System.getenv} and {@code System.getProperty} calls and method references
 * go to {@link EnvironmentBridge}, which answers with the function's own variables (and its own values of the
 * AWS SDK's setting properties), and its {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} calls
 * go to {@link ExitBridge}, which ends the function's execution environment instead of Stratus.
 *
 * <p>Only the call instruction changes, never the operand stack: {@code getenv}, {@code getProperty} and
 * {@code System.exit} keep their descriptors with a new owner, and the instance calls {@code Runtime.exit(I)V}
 * become static calls {@code (Ljava/lang/Runtime;I)V} that take the receiver as their first argument. So stack
 * map frames stay valid and no class needs loading to recompute them. A call made through reflection or a
 * {@code MethodHandle} looked up at run time is not seen.
 */
final class SystemCallRewriter {
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String GETENV = "getenv";
    private static final String GET_PROPERTY = "getProperty";
    private static final String EXIT = "exit";
    private static final String HALT = "halt";
    private static final String STATUS_ONLY = "(I)V";
    private static final String RECEIVER_AND_STATUS = "(Ljava/lang/Runtime;I)V";
    private static final String ENVIRONMENT_BRIDGE = Type.getInternalName(EnvironmentBridge.class);
    private static final String EXIT_BRIDGE = Type.getInternalName(ExitBridge.class);
    /**
     * A class that calls one of these methods has the method's name as a {@code CONSTANT_Utf8} entry of exactly
     * that text (tag 1, a two-byte length, the bytes), which is far rarer than the text inside longer names.
     */
    private static final byte[][] MARKERS = {utf8Entry(GETENV), utf8Entry(GET_PROPERTY), utf8Entry(EXIT),
            utf8Entry(HALT)};

    private SystemCallRewriter() {
    }

    /** The rewritten class, or the same array when the class names none of the redirected methods. */
    static byte[] rewrite(byte[] classBytes) {
        // Most classes (the bulk of an SDK) name none of them: skip parsing those.
        if (!containsAny(classBytes)) {
            return classBytes;
        }
        ClassReader reader = new ClassReader(classBytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new RedirectingMethodVisitor(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class RedirectingMethodVisitor extends MethodVisitor {
        RedirectingMethodVisitor(MethodVisitor delegate) {
            super(Opcodes.ASM9, delegate);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && SYSTEM.equals(owner) && isEnvironmentCall(name)) {
                super.visitMethodInsn(opcode, ENVIRONMENT_BRIDGE, name, descriptor, false);
            } else if (opcode == Opcodes.INVOKESTATIC && isSystemExit(owner, name, descriptor)) {
                super.visitMethodInsn(opcode, EXIT_BRIDGE, name, descriptor, false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && isRuntimeExit(owner, name, descriptor)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, EXIT_BRIDGE, name, RECEIVER_AND_STATUS, false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] rewritten = arguments.clone();
            for (int i = 0; i < rewritten.length; i++) {
                if (rewritten[i] instanceof Handle handle) {
                    rewritten[i] = redirect(handle);
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
        }
    }

    /**
     * A method reference ({@code System::getenv}, {@code System::exit}, {@code Runtime.getRuntime()::exit}) as a
     * handle to the bridge. A virtual {@code Runtime} handle becomes a static one whose first parameter is the
     * receiver, which the lambda metafactory binds the same way.
     */
    private static Handle redirect(Handle handle) {
        String owner = handle.getOwner();
        String name = handle.getName();
        String descriptor = handle.getDesc();
        if (handle.getTag() == Opcodes.H_INVOKESTATIC && SYSTEM.equals(owner) && isEnvironmentCall(name)) {
            return new Handle(Opcodes.H_INVOKESTATIC, ENVIRONMENT_BRIDGE, name, descriptor, false);
        }
        if (handle.getTag() == Opcodes.H_INVOKESTATIC && isSystemExit(owner, name, descriptor)) {
            return new Handle(Opcodes.H_INVOKESTATIC, EXIT_BRIDGE, name, descriptor, false);
        }
        if (handle.getTag() == Opcodes.H_INVOKEVIRTUAL && isRuntimeExit(owner, name, descriptor)) {
            return new Handle(Opcodes.H_INVOKESTATIC, EXIT_BRIDGE, name, RECEIVER_AND_STATUS, false);
        }
        return handle;
    }

    /** System's getenv and getProperty overloads all have a same-named, same-descriptor bridge method. */
    private static boolean isEnvironmentCall(String name) {
        return GETENV.equals(name) || GET_PROPERTY.equals(name);
    }

    private static boolean isSystemExit(String owner, String name, String descriptor) {
        return SYSTEM.equals(owner) && EXIT.equals(name) && STATUS_ONLY.equals(descriptor);
    }

    /** {@code Runtime} is final with a private constructor, so its calls always name it as the owner. */
    private static boolean isRuntimeExit(String owner, String name, String descriptor) {
        return RUNTIME.equals(owner) && (EXIT.equals(name) || HALT.equals(name)) && STATUS_ONLY.equals(descriptor);
    }

    private static byte[] utf8Entry(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        byte[] entry = new byte[bytes.length + 3];
        entry[0] = 1;
        entry[1] = (byte) (bytes.length >>> 8);
        entry[2] = (byte) bytes.length;
        System.arraycopy(bytes, 0, entry, 3, bytes.length);
        return entry;
    }

    private static boolean containsAny(byte[] haystack) {
        for (byte[] marker : MARKERS) {
            if (contains(haystack, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
