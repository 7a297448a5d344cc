package org.lessons.grader.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The tasks of "Async Basics", each graded from one learner class of the same name in both modules. */
public enum LessonTask {
    RUN("run", "Run", "Run the original: sequential, concurrent and create_task"),
    ALTER_1("alter-1", "Alter1", "Alter 1: a fourth task of 1.5 seconds, both ways"),
    ALTER_2("alter-2", "Alter2", "Alter 2: createTask handles instead of gather"),
    ALTER_3("alter-3", "Alter3", "Alter 3: gather that keeps the exception in its slot"),
    BREAK_1("break-1", "Break1", "Break 1: call without await"),
    BREAK_2("break-2", "Break2", "Break 2: Thread.sleep instead of EventLoop.sleep"),
    BREAK_3("break-3", "Break3", "Break 3: EventLoop.run inside a running loop"),
    FIX_1("fix-1", "Fix1", "Fix 1: restore concurrency with a non-blocking sleep"),
    FIX_2("fix-2", "Fix2", "Fix 2: handle each task's error without crashing the group"),
    FIX_3("fix-3", "Fix3", "Fix 3: first completed, then cancel the rest"),
    EXPLAIN("explain", "Explain", "Explain it: five multiple-choice questions answered in code"),
    MASTERY("mastery", "Mastery", "Mastery check: predict the output order of concurrent tasks");

    private final String id;
    private final String simpleClassName;
    private final String title;

    LessonTask(String id, String simpleClassName, String title) {
        this.id = id;
        this.simpleClassName = simpleClassName;
        this.title = title;
    }

    /** The package of every learner class of the lesson. */
    public static final String PACKAGE = "asyncbasics";

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The learner class's full name, such as {@code asyncbasics.Run}. */
    public String className() {
        return PACKAGE + "." + simpleClassName;
    }

    /** The learner's source file, relative to the source root: {@code asyncbasics/Run.java}. */
    public String sourceFile() {
        return PACKAGE + "/" + simpleClassName + ".java";
    }

    public static Optional<LessonTask> byId(String id) {
        return Arrays.stream(values()).filter(task -> task.id.equals(id)).findFirst();
    }
}
