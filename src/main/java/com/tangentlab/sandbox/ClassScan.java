package com.tangentlab.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Walks one class file and reports every class it names, wherever it names it: super types,
 * field and method descriptors and generic signatures, annotations, instructions, exception
 * handlers, local variables, invokedynamic call sites (whose return type is the interface a
 * lambda implements) and their bootstrap arguments, and constants. Arrays are reported by
 * their element type. What is allowed is for {@link ClassPolicy} to say.
 */
final class ClassScan extends ClassVisitor {
    private static final int ASM_API = Opcodes.ASM9;

    /** What the scan finds. */
    interface Findings {
        /** A class named anywhere in the class file, as an internal name ("java/util/List"). */
        void type(String internalName);

        /** A field or method used, a call or a method handle. */
        void member(String owner, String name);

        /** A method the class declares. */
        void declared(int access, String name, String descriptor);
    }

    private final Findings findings;
    private final Set<String> bootstrapOwners;

    /** {@code bootstrapOwners}: classes whose bootstrap methods javac links against (their descriptors are not the student's). */
    ClassScan(Findings findings, Set<String> bootstrapOwners) {
        super(ASM_API);
        this.findings = findings;
        this.bootstrapOwners = bootstrapOwners;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        if (superName != null) findings.type(superName);
        for (String i : interfaces) findings.type(i);
        signature(signature);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return annotation(descriptor);
    }

    @Override
    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
        return annotation(descriptor);
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
        descriptor(descriptor);
        signature(signature);
        return new RecordComponentVisitor(ASM_API) {
            @Override public AnnotationVisitor visitAnnotation(String d, boolean visible) { return annotation(d); }
            @Override public AnnotationVisitor visitTypeAnnotation(int ref, TypePath path, String d, boolean visible) {
                return annotation(d);
            }
        };
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        descriptor(descriptor);
        signature(signature);
        return new FieldVisitor(ASM_API) {
            @Override public AnnotationVisitor visitAnnotation(String d, boolean visible) { return annotation(d); }
            @Override public AnnotationVisitor visitTypeAnnotation(int ref, TypePath path, String d, boolean visible) {
                return annotation(d);
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        findings.declared(access, name, descriptor);
        descriptor(descriptor);
        signature(signature);
        if (exceptions != null) for (String e : exceptions) findings.type(e);
        return new Body();
    }

    /** Everything a method's code and its attributes name. */
    private final class Body extends MethodVisitor {
        Body() {
            super(ASM_API);
        }

        @Override public void visitTypeInsn(int opcode, String type) { typeOrArray(type); }
        @Override public void visitMultiANewArrayInsn(String descriptor, int dims) { descriptor(descriptor); }
        @Override public void visitLdcInsn(Object value) { constant(value); }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(owner, name);
            descriptor(descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
            member(owner, name);
            descriptor(descriptor);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            descriptor(descriptor);
            bootstrap(bootstrap);
            for (Object argument : arguments) constant(argument);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) findings.type(type);
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end, int index) {
            descriptor(descriptor);
            signature(signature);
        }

        @Override public AnnotationVisitor visitAnnotation(String d, boolean visible) { return annotation(d); }
        @Override public AnnotationVisitor visitAnnotationDefault() { return annotation(null); }
        @Override public AnnotationVisitor visitParameterAnnotation(int parameter, String d, boolean visible) {
            return annotation(d);
        }
        @Override public AnnotationVisitor visitTypeAnnotation(int ref, TypePath path, String d, boolean visible) {
            return annotation(d);
        }
        @Override public AnnotationVisitor visitInsnAnnotation(int ref, TypePath path, String d, boolean visible) {
            return annotation(d);
        }
        @Override public AnnotationVisitor visitTryCatchAnnotation(int ref, TypePath path, String d, boolean visible) {
            return annotation(d);
        }
        @Override public AnnotationVisitor visitLocalVariableAnnotation(int ref, TypePath path, Label[] start, Label[] end,
                int[] index, String d, boolean visible) {
            return annotation(d);
        }
    }

    /** An annotation's type, and every enum, class and nested annotation among its values. */
    private AnnotationVisitor annotation(String descriptor) {
        if (descriptor != null) descriptor(descriptor);
        return new AnnotationVisitor(ASM_API) {
            @Override public void visit(String name, Object value) { constant(value); }
            @Override public void visitEnum(String name, String d, String value) { descriptor(d); }
            @Override public AnnotationVisitor visitAnnotation(String name, String d) { return annotation(d); }
            @Override public AnnotationVisitor visitArray(String name) { return annotation(null); }
        };
    }

    private void bootstrap(Handle bootstrap) {
        if (bootstrapOwners.contains(bootstrap.getOwner())) return;
        handle(bootstrap);
    }

    private void handle(Handle handle) {
        member(handle.getOwner(), handle.getName());
        descriptor(handle.getDesc());
    }

    /** A member of a class, or of an array type ("[D".clone()), which is reported by its element type. */
    private void member(String owner, String name) {
        if (owner.startsWith("[")) descriptor(owner);
        else findings.member(owner, name);
    }

    /** Instructions name a class by its internal name, or an array type by its descriptor. */
    private void typeOrArray(String type) {
        if (type.startsWith("[")) descriptor(type);
        else findings.type(type);
    }

    private void constant(Object value) {
        if (value instanceof Type t) descriptor(t.getDescriptor());
        else if (value instanceof Handle h) handle(h);
        else if (value instanceof ConstantDynamic c) {
            descriptor(c.getDescriptor());
            bootstrap(c.getBootstrapMethod());
            for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) constant(c.getBootstrapMethodArgument(i));
        }
    }

    /** A field or method descriptor: each class it names, arrays by their element type. */
    private void descriptor(String descriptor) {
        Type type = descriptor.startsWith("(") ? Type.getMethodType(descriptor) : Type.getType(descriptor);
        if (type.getSort() == Type.METHOD) {
            for (Type argument : type.getArgumentTypes()) descriptor(argument.getDescriptor());
            descriptor(type.getReturnType().getDescriptor());
            return;
        }
        if (type.getSort() == Type.ARRAY) type = type.getElementType();
        if (type.getSort() == Type.OBJECT) findings.type(type.getInternalName());
    }

    /** A generic signature: every class it names, type arguments and bounds included. */
    private void signature(String signature) {
        if (signature != null) new SignatureReader(signature).accept(new SignatureTypes());
    }

    /**
     * Collects the classes of a signature. Nested class types arrive as their outer class and
     * then each inner name, so the names being built are kept on a stack.
     */
    private final class SignatureTypes extends SignatureVisitor {
        private final Deque<String> open = new ArrayDeque<>();

        SignatureTypes() {
            super(ASM_API);
        }

        @Override
        public void visitClassType(String name) {
            open.push(name);
            findings.type(name);
        }

        @Override
        public void visitInnerClassType(String name) {
            String inner = open.pop() + "$" + name;
            open.push(inner);
            findings.type(inner);
        }

        @Override
        public void visitEnd() {
            open.pop();
        }
    }
}
