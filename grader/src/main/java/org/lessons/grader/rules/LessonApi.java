package org.lessons.grader.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessons.grader.rules.ForbiddenUse.Reason;

/**
 * What the lesson's code may use of the Java platform, as an allow-list: {@code java.lang} without its
 * reflective, class-loading and JVM-controlling parts, {@code java.util} with its concurrency, function
 * and stream packages, {@code java.math}, {@code java.text}, {@code java.time} without clock reads, the
 * kit, the learner's own package, and printing through {@code System.out} and {@code System.err}.
 * Everything else is forbidden, with the {@link Reason} of its group.
 */
final class LessonApi {

    /** Whole packages the lesson's code may use (each class of them, unless forbidden below). */
    private static final Set<String> PACKAGES = Set.of("java.lang", "java.lang.annotation",
            "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks",
            "java.util.function", "java.util.stream", "java.math", "java.text",
            "java.time", "java.time.format", "java.time.temporal", "java.time.chrono",
            "org.lessons.kit");

    /** Types of otherwise forbidden packages that the lesson's code may name. */
    private static final Set<String> TYPES = Set.of("java.io.PrintStream", "java.io.Serializable");

    /** Classes of allowed packages that are forbidden as a whole, nested classes included. */
    private static final Map<String, Reason> CLASSES = Map.ofEntries(
            Map.entry("java.lang.ClassLoader", Reason.CLASS_LOADING),
            Map.entry("java.lang.Module", Reason.REFLECTION),
            Map.entry("java.lang.ModuleLayer", Reason.REFLECTION),
            Map.entry("java.lang.Package", Reason.REFLECTION),
            Map.entry("java.lang.StackWalker", Reason.REFLECTION),
            Map.entry("java.lang.Runtime", Reason.JVM_CONTROL),
            Map.entry("java.lang.SecurityManager", Reason.JVM_CONTROL),
            Map.entry("java.lang.ProcessBuilder", Reason.PROCESSES),
            Map.entry("java.lang.Process", Reason.PROCESSES),
            Map.entry("java.lang.ProcessHandle", Reason.PROCESSES),
            Map.entry("java.lang.ThreadGroup", Reason.OTHER_THREADS),
            Map.entry("java.util.ServiceLoader", Reason.CLASS_LOADING),
            Map.entry("java.util.ResourceBundle", Reason.CLASS_LOADING),
            Map.entry("java.time.Clock", Reason.CLOCK),
            Map.entry("java.time.InstantSource", Reason.CLOCK));

    /** Forbidden packages with a reason of their own, by prefix; any other package is {@link Reason#NOT_IN_LESSON}. */
    private static final List<Map.Entry<String, Reason>> PACKAGE_REASONS = List.of(
            Map.entry("java.lang.reflect", Reason.REFLECTION),
            Map.entry("java.lang.invoke", Reason.REFLECTION),
            Map.entry("java.lang.management", Reason.JVM_INTERNALS),
            Map.entry("java.lang.instrument", Reason.JVM_INTERNALS),
            Map.entry("java.io", Reason.FILES_AND_STREAMS),
            Map.entry("java.nio", Reason.FILES_AND_STREAMS),
            Map.entry("com.sun", Reason.JVM_INTERNALS),
            Map.entry("sun", Reason.JVM_INTERNALS),
            Map.entry("jdk", Reason.JVM_INTERNALS));

    /** {@code System}: only printing and a few pure helpers; clock reads and standard input have reasons of their own. */
    private static final Set<String> SYSTEM_ALLOWED = Set.of("out", "err", "arraycopy", "identityHashCode",
            "lineSeparator", "getProperty");
    private static final Map<String, Reason> SYSTEM_REASONS = Map.of(
            "nanoTime", Reason.CLOCK, "currentTimeMillis", Reason.CLOCK,
            "in", Reason.FILES_AND_STREAMS, "setIn", Reason.FILES_AND_STREAMS,
            "console", Reason.FILES_AND_STREAMS, "inheritedChannel", Reason.FILES_AND_STREAMS);

    /** {@code Class}: its names and plain type tests; the rest is reflection or class loading. */
    private static final Set<String> CLASS_ALLOWED = Set.of("getName", "getSimpleName", "getCanonicalName",
            "getTypeName", "getPackageName", "toString", "hashCode", "equals", "isInstance", "cast", "isAssignableFrom",
            "isInterface", "isArray", "isPrimitive", "isEnum", "isRecord", "isAnonymousClass", "isLocalClass",
            "isMemberClass", "getComponentType", "componentType", "getSuperclass", "getEnumConstants",
            "desiredAssertionStatus");
    private static final Set<String> CLASS_LOADING = Set.of("forName", "getClassLoader", "getResource",
            "getResourceAsStream");

    private static final Map<String, Reason> THREAD_FORBIDDEN = Map.of(
            "stop", Reason.OTHER_THREADS, "suspend", Reason.OTHER_THREADS, "resume", Reason.OTHER_THREADS,
            "getAllStackTraces", Reason.OTHER_THREADS, "enumerate", Reason.OTHER_THREADS,
            "getThreadGroup", Reason.OTHER_THREADS, "setDefaultUncaughtExceptionHandler", Reason.OTHER_THREADS,
            "getContextClassLoader", Reason.CLASS_LOADING, "setContextClassLoader", Reason.CLASS_LOADING);

    /** What printing needs of {@code PrintStream}, reached through {@code System.out} and {@code System.err}. */
    private static final Set<String> PRINTING = Set.of("print", "println", "printf", "format", "flush");

    private final String learnerPackage;

    /** @param learnerPackage the package of the learner's classes, which may use each other freely */
    LessonApi(String learnerPackage) {
        this.learnerPackage = learnerPackage;
    }

    /** Whether the class is the learner's own: in the learner's package or below it. */
    boolean isLearners(String className) {
        String pkg = packageOf(className);
        return pkg.equals(learnerPackage) || pkg.startsWith(learnerPackage + ".");
    }

    /** Why the lesson's code may not name this type, if it may not. */
    Optional<Reason> type(String className) {
        if (isLearners(className) || TYPES.contains(className)) {
            return Optional.empty();
        }
        Reason wholeClass = CLASSES.get(topLevel(className));
        if (wholeClass != null) {
            return Optional.of(wholeClass);
        }
        String pkg = packageOf(className);
        if (PACKAGES.contains(pkg)) {
            return Optional.empty();
        }
        return Optional.of(PACKAGE_REASONS.stream()
                .filter(entry -> pkg.equals(entry.getKey()) || pkg.startsWith(entry.getKey() + "."))
                .map(Map.Entry::getValue).findFirst().orElse(Reason.NOT_IN_LESSON));
    }

    /**
     * Why the lesson's code may not use this member, if it may not.
     *
     * @param name the member's name; {@code <init>} for a constructor
     * @param parameters the raw parameter types' names, for methods and constructors
     */
    Optional<Reason> member(String owner, String name, List<String> parameters) {
        Optional<Reason> ofType = type(owner);
        if (ofType.isPresent()) {
            return ofType;
        }
        return switch (owner) {
            case "java.lang.System" -> SYSTEM_ALLOWED.contains(name) ? Optional.empty()
                    : Optional.of(SYSTEM_REASONS.getOrDefault(name, Reason.JVM_CONTROL));
            case "java.lang.Class" -> CLASS_ALLOWED.contains(name) ? Optional.empty()
                    : Optional.of(CLASS_LOADING.contains(name) ? Reason.CLASS_LOADING : Reason.REFLECTION);
            case "java.lang.Thread" -> Optional.ofNullable(THREAD_FORBIDDEN.get(name));
            case "java.io.PrintStream" -> PRINTING.contains(name) ? Optional.empty() : Optional.of(Reason.FILES_AND_STREAMS);
            case "java.util.Date" -> name.equals("<init>") && parameters.isEmpty() ? Optional.of(Reason.CLOCK) : Optional.empty();
            case "java.util.Calendar" -> name.equals("getInstance") ? Optional.of(Reason.CLOCK) : Optional.empty();
            case "java.util.Formatter" -> name.equals("<init>") && !parameters.isEmpty()
                    && parameters.get(0).equals("java.lang.String") ? Optional.of(Reason.FILES_AND_STREAMS) : Optional.empty();
            default -> fieldUpdaterOrClockRead(owner, name);
        };
    }

    private static Optional<Reason> fieldUpdaterOrClockRead(String owner, String name) {
        if (owner.startsWith("java.util.concurrent.atomic.") && owner.endsWith("FieldUpdater") && name.equals("newUpdater")) {
            return Optional.of(Reason.REFLECTION);
        }
        if (packageOf(owner).startsWith("java.time") && name.equals("now")) {
            return Optional.of(Reason.CLOCK);
        }
        return Optional.empty();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
