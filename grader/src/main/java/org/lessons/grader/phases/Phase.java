package org.lessons.grader.phases;

/** A part of a grading whose time is accounted for; {@link #key()} names it in {@code grade.json}. */
public enum Phase {
    /** Compiling each task's file, in the grader. */
    COMPILATION("compilation"),
    /** The static rule against blocking calls: importing the learner's classes and checking them. */
    STATIC_RULES("staticRules"),
    /** Linking the children's runtime image and staging the harness's classpath, once per JDK and build. */
    CHILD_RUNTIME("childRuntime"),
    /** Creating the child JVMs' class-data archive, once per JDK and classpath. */
    CLASS_ARCHIVE("classArchive"),
    /** A child JVM's start, from launching it until its harness reports that it started. */
    CHILD_START("childStart"),
    /** The learner's code running in a child JVM: from the harness's start until it reports the call's end. */
    LESSON("lesson"),
    /** A child JVM's end, from the call's end until the process is gone and its output is read. */
    CHILD_EXIT("childExit"),
    /** Rendering the timelines and printing the console report. */
    REPORTS("reports");

    private final String key;

    Phase(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
