package org.lessons.grader.harness;

import java.util.Optional;
import java.util.Set;

/** Tells the learner's stack frames apart from the JDK's, the kit's and the harness's. */
final class LearnerFrames {

    private final Set<String> learnerClasses;

    LearnerFrames(Set<String> learnerClasses) {
        this.learnerClasses = Set.copyOf(learnerClasses);
    }

    /**
     * Whether {@code className} is one of the learner's classes or nested in one. The classes the JVM spins for
     * lambdas and method references ({@code Run$$Lambda...}) are not: they have no line of the learner's file, and
     * only the flight recorder shows their frames.
     */
    boolean isLearner(String className) {
        if (className.contains("$$Lambda")) {
            return false;
        }
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        return learnerClasses.contains(className) || learnerClasses.contains(outer);
    }

    /** {@code Run.java:42} for the first learner frame, or empty. */
    Optional<String> where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame != null && isLearner(frame.getClassName())) {
                return Optional.of(describe(frame.getClassName(), frame.getFileName(), frame.getLineNumber()));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a line was printed: the first learner frame, and the next learner frame of another method, which called
     * the method that printed ({@code sequential} calling {@code doTask}); each empty when there is none.
     */
    record PrintSite(String where, String caller) {
    }

    /** Where the kit's classes live: a stack walked outwards from a printing line leaves the learner's calls there. */
    private static final String KIT_PACKAGE = "org.lessons.kit.";

    /** How deep {@link #printSite} looks into a stack: a deep recursion that prints costs no more per line. */
    static final int MAX_PRINT_FRAMES = 256;

    /** The print site of a stack walked from the printing call outwards. */
    PrintSite printSite(java.util.stream.Stream<StackWalker.StackFrame> stack) {
        StackWalker.StackFrame printer = null;
        for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) stack.limit(MAX_PRINT_FRAMES)::iterator) {
            if (printer != null && frame.getClassName().startsWith(KIT_PACKAGE)) {
                break; // below the kit runs the loop, not a caller of the printing method: no need to walk on
            }
            if (!isLearner(frame.getClassName())) {
                continue;
            }
            if (printer == null) {
                printer = frame;
            } else if (!frame.getClassName().equals(printer.getClassName())
                    || !frame.getMethodName().equals(printer.getMethodName())) {
                return new PrintSite(where(printer).orElse(""), where(frame).orElse(""));
            }
        }
        return new PrintSite(printer == null ? "" : where(printer).orElse(""), "");
    }

    Optional<String> where(StackWalker.StackFrame frame) {
        return isLearner(frame.getClassName())
                ? Optional.of(describe(frame.getClassName(), frame.getFileName(), frame.getLineNumber()))
                : Optional.empty();
    }

    /**
     * Where a throwable came from in learner code, following causes: at most {@value #MAX_CAUSES} of them, each once
     * (a cycle of causes ends where it closes), and a {@code getCause} or {@code getStackTrace} that throws ends the
     * search there.
     */
    Optional<String> where(Throwable thrown) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_CAUSES && seen.add(t); depth++) {
            Optional<String> where;
            try {
                StackTraceElement[] stack = t.getStackTrace();
                where = stack == null ? Optional.empty() : where(stack);
            } catch (RuntimeException | Error broken) {
                where = Optional.empty();
            }
            if (where.isPresent()) {
                return where;
            }
            try {
                t = t.getCause();
            } catch (RuntimeException | Error broken) {
                t = null;
            }
        }
        return Optional.empty();
    }

    /** How many causes {@link #where(Throwable)} follows at most. */
    static final int MAX_CAUSES = 64;

    /** Where the first learner frame of {@code stack} sits in it, top first; -1 when none is the learner's. */
    int firstLearnerFrame(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            if (isLearner(stack[i].getClassName())) {
                return i;
            }
        }
        return -1;
    }

    /** The file of a class, read from the stack frame; without one, the file of its outermost class. */
    private static String describe(String className, String fileName, int line) {
        String packagePath = className.contains(".") ? className.substring(0, className.lastIndexOf('.') + 1).replace('.', '/') : "";
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String file = fileName != null ? fileName : (simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple) + ".java";
        return packagePath + file + (line > 0 ? ":" + line : "");
    }
}
