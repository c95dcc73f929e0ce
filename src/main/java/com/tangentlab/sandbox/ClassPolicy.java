package com.tangentlab.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * The allow-list of classes and members that submitted code may use. Every class a
 * submission makes is scanned here before it is sent to the agent: every class it names
 * anywhere (see {@link ClassScan}: descriptors, signatures, annotations, the interfaces its
 * lambdas implement), every field, method and method handle it uses, and the methods it
 * declares. This is a teaching aid and a second line of defence; the process and OS layers
 * are the boundary.
 */
public final class ClassPolicy {

    /** A reference the policy refuses, named for a student: "java.io.File", "System.exit". */
    public record Violation(String displayName, String searchToken) {}

    /** The student's own classes (JShell's package), whose methods may have any name. */
    private static final String SUBMISSION_PACKAGE = "REPL/";

    /** Packages (internal-name prefixes) whose classes may be used freely. */
    private static final List<String> ALLOWED_PACKAGES = List.of(
            "java/lang/", "java/util/", "java/math/", "java/text/", "org/ejml/", SUBMISSION_PACKAGE);

    /**
     * Exceptions to the allowed packages: an entry ending in '/' refuses a whole package,
     * any other entry refuses one class and its nested classes.
     */
    private static final List<String> DENIED = List.of(
            "java/lang/reflect/", "java/lang/invoke/", "java/lang/ref/", "java/lang/instrument/",
            "java/lang/management/", "java/lang/module/", "java/lang/constant/", "java/lang/foreign/",
            "java/lang/Thread", "java/lang/ThreadGroup", "java/lang/Runtime", "java/lang/Process",
            "java/lang/ProcessBuilder", "java/lang/ProcessHandle", "java/lang/ClassLoader",
            "java/lang/SecurityManager", "java/lang/StackWalker", "java/lang/Module", "java/lang/ModuleLayer",
            "java/lang/System$Logger", "java/lang/System$LoggerFinder", "java/lang/Compiler",
            "java/lang/InheritableThreadLocal", "java/lang/ThreadLocal",
            "java/util/concurrent/", "java/util/prefs/", "java/util/logging/", "java/util/jar/", "java/util/zip/",
            "java/util/spi/", "java/util/ServiceLoader", "java/util/Timer", "java/util/TimerTask",
            "java/util/ResourceBundle", "java/util/ListResourceBundle", "java/util/PropertyResourceBundle",
            "java/util/Scanner", "java/util/Properties",
            // new Formatter(String fileName) and new Formatter(File) create files; String.format does not need it
            "java/util/Formatter",
            // a stream made parallel by its factory's flag runs on the common pool
            "java/util/stream/StreamSupport",
            "org/ejml/concurrency/", "org/ejml/ops/MatrixIO", "org/ejml/ops/ReadMatrixCsv", "org/ejml/ops/ReadCsv",
            // formatMap(Object) prints any object's private fields through setAccessible, a lambda's included
            "org/ejml/MapPrintReflect",
            // SimpleBase finds and invokes its operations' methods by reflection: a student's operations must not be
            "org/ejml/simple/SimpleOperations");

    /** EJML's multi-threaded operations (CommonOps_MT_DDRM, MatrixMult_MT_FDRB): their name has this part. */
    private static final String EJML_THREADED_MARK = "_MT_";

    /**
     * Methods of library classes that run work on other threads: Stream.parallel,
     * Collection.parallelStream, Arrays.parallelSort/parallelSetAll/parallelPrefix.
     */
    private static final String PARALLEL_PREFIX = "parallel";

    /** A finalizer runs on the JVM's finalizer thread, outside the test that made the object. */
    private static final String FINALIZE = "finalize";
    private static final String FINALIZE_DESCRIPTOR = "()V";

    /** Classes javac links against for lambdas, string concatenation and records. */
    private static final Set<String> BOOTSTRAP_OWNERS = Set.of(
            "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
            "java/lang/runtime/ObjectMethods");

    /** Classes outside the allowed packages that may appear only in generated bootstrap code. */
    private static final Set<String> BOOTSTRAP_TYPES = Set.of(
            "java/lang/invoke/MethodHandles$Lookup", "java/lang/invoke/MethodHandle", "java/lang/invoke/MethodType",
            "java/lang/invoke/CallSite", "java/lang/invoke/TypeDescriptor", "java/lang/runtime/ObjectMethods");

    /**
     * Classes outside the allowed packages that may be used (through the listed members only,
     * where a list exists). JShell itself makes code that throws SPIResolutionException where a
     * declaration uses an undefined name; the judge reports those as compile errors.
     */
    private static final Set<String> ALLOWED_CLASSES = Set.of("java/io/PrintStream", "java/io/Serializable",
            "jdk/jshell/spi/SPIResolutionException");

    /** Classes of which only the listed members may be used. */
    private static final Map<String, Set<String>> MEMBER_ALLOW_LISTS = Map.of(
            "java/io/PrintStream", Set.of("print", "println", "printf", "format", "flush", "append", "checkError"),
            "java/lang/System", Set.of("out", "err", "arraycopy", "nanoTime", "currentTimeMillis",
                    "identityHashCode", "lineSeparator"),
            "java/lang/Class", Set.of("getName", "getSimpleName", "isInstance", "isArray", "cast",
                    "desiredAssertionStatus", "getComponentType", "isPrimitive", "toString", "hashCode", "equals"));

    /** Members refused although their class is allowed. */
    private static final Map<String, Set<String>> DENIED_MEMBERS = Map.of(
            "java/lang/Boolean", Set.of("getBoolean"),
            "java/lang/Integer", Set.of("getInteger"),
            "java/lang/Long", Set.of("getLong"),
            "java/lang/Object", Set.of("wait", "notify", "notifyAll"));

    /** Object's monitor methods, refused whatever class a call names them through ("s".wait()). */
    private static final Set<String> MONITOR_METHODS = Set.of("wait", "notify", "notifyAll");

    /** EJML methods that read or write files. */
    private static final List<String> DENIED_EJML_METHOD_PREFIXES = List.of("save", "load");

    private final Set<String> extraAllowedClasses;
    private final boolean unrestricted;

    private ClassPolicy(Set<String> extraAllowedClasses) {
        this(extraAllowedClasses, false);
    }

    private ClassPolicy(Set<String> extraAllowedClasses, boolean unrestricted) {
        this.extraAllowedClasses = extraAllowedClasses;
        this.unrestricted = unrestricted;
    }

    /**
     * A policy that refuses nothing, for tests of the process and OS layers alone: they must
     * hold even when this line of defence is bypassed. Package-private on purpose.
     */
    static ClassPolicy unrestrictedForIsolationTests() {
        return new ClassPolicy(Set.of(), true);
    }

    /** The policy for student code. */
    public static ClassPolicy forSubmissions() {
        return new ClassPolicy(Set.of());
    }

    /** The policy for the judge's own generated test snippet, which may also call the harness. */
    public static ClassPolicy forHarness() {
        return new ClassPolicy(Set.of("com/tangentlab/agent/Harness"));
    }

    /** Every refused reference of one class file, in order of first appearance. */
    public List<Violation> check(byte[] classFile) {
        if (unrestricted) return List.of();
        Set<Violation> found = new LinkedHashSet<>();
        new ClassReader(classFile).accept(new ClassScan(new Judged(found), BOOTSTRAP_OWNERS), ClassReader.SKIP_FRAMES);
        return new ArrayList<>(found);
    }

    /** Judges what a {@link ClassScan} finds against the allow-list. */
    private final class Judged implements ClassScan.Findings {
        private final Set<Violation> found;

        Judged(Set<Violation> found) {
            this.found = found;
        }

        @Override
        public void type(String internalName) {
            if (!classAllowed(internalName)) found.add(classViolation(internalName));
        }

        @Override
        public void member(String owner, String name) {
            if (!classAllowed(owner)) {
                found.add(classViolation(owner));
            } else if (!memberAllowed(owner, name)) {
                found.add(new Violation(simpleName(owner) + "." + name, name));
            }
        }

        @Override
        public void declared(int access, String name, String descriptor) {
            boolean instance = (access & Opcodes.ACC_STATIC) == 0;
            if (instance && name.equals(FINALIZE) && descriptor.equals(FINALIZE_DESCRIPTOR)) {
                found.add(new Violation("Object." + FINALIZE, FINALIZE));
            }
        }
    }

    private boolean classAllowed(String internalName) {
        if (extraAllowedClasses.contains(internalName) || BOOTSTRAP_TYPES.contains(internalName)) return true;
        if (ALLOWED_CLASSES.contains(internalName)) return true;
        if (BOOTSTRAP_OWNERS.contains(internalName)) return true;
        boolean inAllowedPackage = ALLOWED_PACKAGES.stream().anyMatch(internalName::startsWith);
        boolean denied = DENIED.stream().anyMatch(entry -> entry.endsWith("/")
                ? internalName.startsWith(entry)
                : internalName.equals(entry) || internalName.startsWith(entry + "$"));
        boolean ejmlThreaded = internalName.startsWith("org/ejml/") && internalName.contains(EJML_THREADED_MARK);
        return inAllowedPackage && !denied && !ejmlThreaded;
    }

    private static boolean memberAllowed(String owner, String name) {
        Set<String> only = MEMBER_ALLOW_LISTS.get(owner);
        if (only != null && !only.contains(name)) return false;
        if (DENIED_MEMBERS.getOrDefault(owner, Set.of()).contains(name)) return false;
        if (BOOTSTRAP_TYPES.contains(owner) || BOOTSTRAP_OWNERS.contains(owner)) return false;
        if (MONITOR_METHODS.contains(name)) return false;
        if (!owner.startsWith(SUBMISSION_PACKAGE) && name.startsWith(PARALLEL_PREFIX)) return false;
        if (owner.startsWith("org/ejml/")) {
            return DENIED_EJML_METHOD_PREFIXES.stream().noneMatch(name::startsWith);
        }
        return true;
    }

    private static Violation classViolation(String internalName) {
        return new Violation(internalName.replace('/', '.').replace('$', '.'), simpleName(internalName));
    }

    private static String simpleName(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
