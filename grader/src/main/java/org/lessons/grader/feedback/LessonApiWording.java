package org.lessons.grader.feedback;

import java.util.List;
import org.lessons.grader.submission.SourceLocator;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.rules.ForbiddenUse;

/**
 * What a learner reads about the allow-list of the lesson's code: a forbidden use fails its task in one
 * sentence (what is forbidden, and why the lesson does not need it), and a file the grader leaves out is
 * a note, never a failure.
 */
public final class LessonApiWording {

    /** The allow-list as a learner reads it; exercises/README.md says the same. */
    static final String ALLOWED = "java.lang, java.util with its concurrent, function and stream packages, java.math, "
            + "java.text, java.time, the kit, and printing with System.out and System.err";

    private LessonApiWording() {
    }

    /** The task's file uses what the lesson does not need: every check of the task fails with this. */
    public static Feedback forbiddenUse(LessonTask task, List<ForbiddenUse> uses, SourceLocator locator) {
        ForbiddenUse first = uses.get(0);
        String more = uses.size() > 1 ? " (and " + (uses.size() - 1) + " more)" : "";
        return new Feedback("the " + task.id() + " code to use only what the lesson needs: " + ALLOWED,
                sentence(first) + more, locator.display(first.where()),
                "Remove that use; exercises/README.md (\"What your code may use\") lists what the lesson's code may use.");
    }

    /** One sentence: where, what, and why the lesson does not need it. */
    public static String sentence(ForbiddenUse use) {
        String what = switch (use.kind()) {
            case CALL -> "calls " + use.target();
            case CONSTRUCTOR -> "creates a " + use.target();
            case FIELD, TYPE -> "uses " + use.target();
        };
        return use.where() + " " + what + ": " + why(use);
    }

    /** A file of the submission that the grader does not compile, such as a {@code module-info.java}. */
    public static String ignoredFile(String path, String lessonPackage) {
        String what = path.endsWith("module-info.java") ? "the lesson's code is plain classes, not a module"
                : "the grader compiles only the files in " + lessonPackage + "/";
        return "note: " + path + " is ignored (not graded, no points lost): " + what + ".";
    }

    private static String why(ForbiddenUse use) {
        return switch (use.reason()) {
            case REFLECTION -> "reflection is not part of this lesson, and the grader forbids it so that no program can"
                    + " reach into the grader";
            case CLASS_LOADING -> "loading classes or resources is not part of this lesson, and the grader forbids it so"
                    + " that no program can reach into the grader";
            case JVM_CONTROL -> "ending or changing the JVM that runs the program (exit, halt, standard streams,"
                    + " properties, environment, native code) is not part of this lesson, and the grader forbids it so"
                    + " that no program can cut its run short or tamper with it";
            case PROCESSES -> "starting or reaching other processes is not part of this lesson, and the grader forbids"
                    + " it so that nothing a program starts can outlive its run or touch the grade";
            case OTHER_THREADS -> "reaching threads the program did not start, or stopping a thread, is not part of"
                    + " this lesson, and the grader forbids it so that no program can disturb the grader's threads";
            case CLOCK -> "reading the system clock is not part of this lesson: it bypasses lesson time, which the"
                    + " grader runs on a virtual clock; EventLoop.time() gives the lesson time";
            case FILES_AND_STREAMS -> "files, streams and standard input are not part of this lesson (it only prints,"
                    + " with System.out and System.err), and the grader forbids them so that no program can write"
                    + " outside its output or forge the grade";
            case JVM_INTERNALS -> "inspecting or controlling the JVM (management beans, heap dumps, the attach API,"
                    + " Unsafe) is not part of this lesson, and the grader forbids it so that no program can reach"
                    + " into the grader";
            case NOT_IN_LESSON -> "its package is not part of this lesson, which needs only " + ALLOWED;
        };
    }
}
