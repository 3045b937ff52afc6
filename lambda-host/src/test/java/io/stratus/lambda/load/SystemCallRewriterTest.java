package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class SystemCallRewriterTest {

    @Test
    void aClassThatNamesNoRedirectedMethodIsReturnedAsItIs() {
        byte[] plain = classBytes("fixtures.StringHandler");
        assertThat(SystemCallRewriter.rewrite(plain)).isSameAs(plain);
    }

    @Test
    void everyExitCallAndMethodReferenceGoesToTheExitBridge() {
        List<String> calls = calls(SystemCallRewriter.rewrite(classBytes("fixtures.Exiting")));
        assertThat(calls)
                .contains("INVOKESTATIC io/stratus/lambda/load/ExitBridge.exit(I)V",
                        "INVOKESTATIC io/stratus/lambda/load/ExitBridge.exit(Ljava/lang/Runtime;I)V",
                        "INVOKESTATIC io/stratus/lambda/load/ExitBridge.halt(Ljava/lang/Runtime;I)V",
                        "HANDLE io/stratus/lambda/load/ExitBridge.exit(I)V",
                        "HANDLE io/stratus/lambda/load/ExitBridge.exit(Ljava/lang/Runtime;I)V")
                .noneMatch(call -> call.contains("java/lang/System.exit") || call.contains("java/lang/Runtime.exit")
                        || call.contains("java/lang/Runtime.halt"));
    }

    @Test
    void theOriginalHasTheCallsTheRewriterReplaces() {
        assertThat(calls(classBytes("fixtures.Exiting")))
                .contains("INVOKESTATIC java/lang/System.exit(I)V", "INVOKEVIRTUAL java/lang/Runtime.exit(I)V",
                        "INVOKEVIRTUAL java/lang/Runtime.halt(I)V", "HANDLE java/lang/System.exit(I)V",
                        "HANDLE java/lang/Runtime.exit(I)V");
    }

    private static byte[] classBytes(String className) {
        String resource = "/" + className.replace('.', '/') + ".class";
        try (InputStream in = SystemCallRewriterTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each method call as {@code OPCODE owner.name descriptor} and each method handle argument of indy. */
    private static List<String> calls(byte[] classBytes) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classBytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        String kind = opcode == Opcodes.INVOKESTATIC ? "INVOKESTATIC"
                                : opcode == Opcodes.INVOKEVIRTUAL ? "INVOKEVIRTUAL" : "OTHER";
                        calls.add(kind + " " + owner + "." + method + desc);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
                        for (Object argument : args) {
                            if (argument instanceof Handle handle) {
                                calls.add("HANDLE " + handle.getOwner() + "." + handle.getName() + handle.getDesc());
                            }
                        }
                    }
                };
            }
        }, 0);
        return calls;
    }
}
