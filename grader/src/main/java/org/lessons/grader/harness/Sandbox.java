package org.lessons.grader.harness;

import java.io.FilePermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.Set;

/**
 * What learner code may not do in the child JVM: end the JVM, start or kill processes, write files
 * outside the child's own working directory, reach into the harness by reflection, stop its threads,
 * or lift these limits. Refusals throw {@link Refused}, whose message names the call in the learner's words.
 *
 * <p>A permission is refused only when learner code asks for it: a learner frame is on the stack, or the
 * asking thread is not one of the harness's own. The harness itself (main thread, no learner frame) may
 * do everything, such as halting the JVM when the call is over.
 */
@SuppressWarnings("removal")
final class Sandbox extends SecurityManager {

    /** A refusal; its message says what learner code tried. */
    static final class Refused extends SecurityException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static final StackWalker WALKER = StackWalker.getInstance(Set.of(StackWalker.Option.SHOW_HIDDEN_FRAMES));

    private static final String CHANNEL = Channel.class.getName();
    private static final String SANDBOX = Sandbox.class.getName();

    private final LearnerFrames frames;
    private final String writable;
    private final Set<Thread> harnessThreads;

    private Sandbox(LearnerFrames frames, Path writable, Set<Thread> harnessThreads) {
        this.frames = frames;
        this.writable = writable.toAbsolutePath().normalize().toString();
        this.harnessThreads = Set.copyOf(harnessThreads);
    }

    /**
     * Installs the sandbox; returns false where the JVM no longer supports a security manager.
     *
     * @param harnessThreads the harness's own threads, which learner code may not interrupt or stop
     */
    static boolean install(LearnerFrames frames, Path writable, Set<Thread> harnessThreads) {
        try {
            Sandbox sandbox = new Sandbox(frames, writable, harnessThreads);
            sandbox.warmUp();
            System.setSecurityManager(sandbox);
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        check(permission);
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        check(permission);
    }

    @Override
    public void checkExit(int status) {
        if (fromLearner()) {
            throw new Refused((halting() ? "Runtime.getRuntime().halt(" : "System.exit(") + status
                    + ") was called; while grading, your code may not end the JVM");
        }
    }

    private static boolean halting() {
        return WALKER.walk(s -> s.anyMatch(f -> f.getClassName().equals("java.lang.Runtime")
                && f.getMethodName().equals("halt")));
    }

    /**
     * Runs every path of the checks once before the sandbox is in force: a lambda or a class loaded for the
     * first time inside a check would itself ask for permissions, and the check would recurse without end.
     */
    private void warmUp() {
        halting();
        fromLearner();
        learnerCallsSetAccessible();
        insideWritable(writable);
        insideWritable("<<ALL FILES>>");
        check(new RuntimePermission("warmUp"));
        check(new java.lang.reflect.ReflectPermission("warmUp"));
        check(new java.nio.file.LinkPermission("hard"));
        check(new FilePermission(writable, "read"));
        new Refused("warm-up").getMessage();
    }

    @Override
    public void checkExec(String command) {
        if (fromLearner()) {
            throw new Refused("your code tried to start the program \"" + command
                    + "\"; while grading, it may not start processes");
        }
    }

    @Override
    public void checkAccess(Thread thread) {
        if (harnessThreads.contains(thread) && fromLearner()) {
            throw new Refused("your code tried to interrupt or change the grader's thread \"" + thread.getName() + "\"");
        }
    }

    private void check(Permission permission) {
        String name = permission.getName();
        if (permission instanceof RuntimePermission) {
            if (name.startsWith("exitVM")) {
                checkExit(0);
            } else if ((name.equals("setSecurityManager") || name.equals("manageProcess")
                    || name.equals("stopThread")) && fromLearner()) {
                throw new Refused(name.equals("manageProcess")
                        ? "your code tried to control another process; while grading, it may not"
                        : "your code tried to switch off the grader's limits (" + name + ")");
            }
        } else if (permission instanceof java.lang.reflect.ReflectPermission) {
            if (name.equals("suppressAccessChecks") && learnerCallsSetAccessible()) {
                throw new Refused("your code used setAccessible(true); while grading, reflection may not "
                        + "open private members");
            }
        } else if (permission instanceof java.nio.file.LinkPermission && fromLearner()) {
            throw new Refused("your code tried to create a file link; while grading, it may not");
        } else if (permission instanceof FilePermission) {
            String actions = permission.getActions();
            if (actions.contains("execute") && fromLearner()) {
                checkExec(name);
            }
            if ((actions.contains("write") || actions.contains("delete")) && !insideWritable(name) && fromLearner()) {
                throw new Refused("your code tried to write " + name + "; while grading, it may write only in "
                        + "its own working directory");
            }
        }
    }

    private boolean insideWritable(String file) {
        if (file.equals("<<ALL FILES>>")) {
            return false;
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        return path.startsWith(writable);
    }

    /**
     * Whether learner code itself calls {@code setAccessible}; the JDK does so on the learner's behalf (lambdas,
     * enums), which stays allowed.
     */
    private boolean learnerCallsSetAccessible() {
        return WALKER.walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.equals(SANDBOX) && !name.equals("java.lang.SecurityManager")
                        && !name.startsWith("java.lang.reflect."))
                .findFirst()
                .map(frames::isLearner)
                .orElse(false));
    }

    /**
     * Whether learner code asks. The nearest frame that decides is either the learner's (yes) or the
     * grade channel's, which serializes events even when learner code printed (no); with neither on the
     * stack, only the harness's own threads are trusted.
     */
    private boolean fromLearner() {
        Boolean learner = WALKER.walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.equals(CHANNEL) || frames.isLearner(name))
                .findFirst()
                .map(frames::isLearner)
                .orElse(null));
        return learner != null ? learner : !harnessThreads.contains(Thread.currentThread());
    }
}
