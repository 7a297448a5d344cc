package org.lessons.grader.rules;

import java.util.Objects;

/**
 * One use of the Java platform that the lesson's code may not make, found in the learner's classes.
 *
 * @param kind how the code uses it: a call, a new object, a field or just the type
 * @param target what it uses, fully named: {@code java.lang.reflect.Method.invoke}, {@code java.io.FileOutputStream}
 * @param where the learner's file and line, such as {@code asyncbasics/Run.java:12}; the file alone where the
 *     class file keeps no line (a field's or a method's declared type)
 * @param reason why the lesson's code may not use it
 */
public record ForbiddenUse(Kind kind, String target, String where, Reason reason) {

    public ForbiddenUse {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
    }

    /** How the learner's code uses what it may not. */
    public enum Kind {
        /** Calls a method, or refers to it ({@code Type::method}). */
        CALL,
        /** Creates an object with a constructor, or refers to one ({@code Type::new}). */
        CONSTRUCTOR,
        /** Reads or writes a field. */
        FIELD,
        /** Names a type: a declaration, a cast, a class literal, a superclass. */
        TYPE
    }

    /** Why the lesson's code may not use something: one reason per group of the platform. */
    public enum Reason {
        /** Reflection, method handles, stack walking, modules: reach into classes the program does not own. */
        REFLECTION,
        /** Class loaders, {@code Class.forName}, resources, service loaders. */
        CLASS_LOADING,
        /** Ending or changing the JVM that runs the program: exit, halt, standard streams, properties, libraries. */
        JVM_CONTROL,
        /** Starting, or reaching, other processes. */
        PROCESSES,
        /** Reaching threads the program did not start, or stopping threads. */
        OTHER_THREADS,
        /** Reading the system clock directly instead of lesson time. */
        CLOCK,
        /** Files, streams and channels; standard input. Printing through {@code System.out} is allowed. */
        FILES_AND_STREAMS,
        /** Management, the attach API, {@code sun.misc.Unsafe} and other JDK internals. */
        JVM_INTERNALS,
        /** Any other package the lesson does not need (networking, desktop, SQL...). */
        NOT_IN_LESSON
    }
}
