package io.stratus.lambda.load;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class so that its {@code System.getenv} calls and {@code System::getenv} method references go
 * to {@link EnvironmentBridge}, which answers with the function's own variables.
 *
 * <p>Only the call instruction's owner changes: the signatures are identical, so stack map frames stay valid
 * and no class needs loading to recompute them.
 */
final class GetenvRewriter {
    private static final String SYSTEM = "java/lang/System";
    private static final String GETENV = "getenv";
    private static final String BRIDGE = Type.getInternalName(EnvironmentBridge.class);
    private static final byte[] MARKER = GETENV.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private GetenvRewriter() {
    }

    /** The rewritten class, or the same array when the class never mentions {@code getenv}. */
    static byte[] rewrite(byte[] classBytes) {
        // Most classes (the bulk of an SDK) never name getenv: skip parsing them.
        if (!contains(classBytes, MARKER)) {
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
            if (opcode == Opcodes.INVOKESTATIC && SYSTEM.equals(owner) && GETENV.equals(name)) {
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
                        && SYSTEM.equals(handle.getOwner()) && GETENV.equals(handle.getName())) {
                    rewritten[i] = new Handle(Opcodes.H_INVOKESTATIC, BRIDGE, GETENV, handle.getDesc(), false);
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
        }
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
