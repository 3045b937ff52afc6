package io.stratus.lambda.load;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class so that its {@code System.getenv} and {@code System.getProperty} calls and method
 * references go to {@link EnvironmentBridge}, which answers with the function's own variables (and its own
 * values of the AWS SDK's setting properties).
 *
 * <p>Only the call instruction's owner changes: the signatures are identical, so stack map frames stay valid
 * and no class needs loading to recompute them.
 */
final class SystemCallRewriter {
    private static final String SYSTEM = "java/lang/System";
    private static final String GETENV = "getenv";
    private static final String GET_PROPERTY = "getProperty";
    private static final String BRIDGE = Type.getInternalName(EnvironmentBridge.class);
    private static final byte[] MARKER = GETENV.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PROPERTY_MARKER = GET_PROPERTY.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SystemCallRewriter() {
    }

    /** The rewritten class, or the same array when the class never mentions {@code getenv} or {@code getProperty}. */
    static byte[] rewrite(byte[] classBytes) {
        // Most classes (the bulk of an SDK) name neither method: skip parsing them.
        if (!contains(classBytes, MARKER) && !contains(classBytes, PROPERTY_MARKER)) {
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
            if (opcode == Opcodes.INVOKESTATIC && SYSTEM.equals(owner) && isRedirected(name)) {
                super.visitMethodInsn(opcode, BRIDGE, name, descriptor, false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] rewritten = arguments.clone();
            for (int i = 0; i < rewritten.length; i++) {
                if (rewritten[i] instanceof Handle handle && handle.getTag() == Opcodes.H_INVOKESTATIC
                        && SYSTEM.equals(handle.getOwner()) && isRedirected(handle.getName())) {
                    rewritten[i] = new Handle(Opcodes.H_INVOKESTATIC, BRIDGE, handle.getName(), handle.getDesc(),
                            false);
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
        }
    }

    /** System's getenv and getProperty overloads all have a same-named, same-descriptor bridge method. */
    private static boolean isRedirected(String name) {
        return GETENV.equals(name) || GET_PROPERTY.equals(name);
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
