package org.lessons.grader.lesson;

/**
 * The points table of the lesson, in one place; each grading check names its points from here.
 * The whole lesson is worth 100 (a test of the grader keeps it so).
 */
public final class Points {

    // run: 20
    public static final int RUN_LINE_ORDER = 3;
    public static final int RUN_DONE_OFFSETS = 3;
    public static final int RUN_SEQUENTIAL_TOTAL = 2;
    public static final int RUN_CONCURRENT_TOTAL = 3;
    public static final int RUN_PRINTED_TOTALS = 3;
    public static final int RUN_RESULT_ORDER = 2;
    public static final int RUN_ON_LOOP_THREAD = 2;
    public static final int RUN_NO_BLOCKING_STATIC = 1;
    public static final int RUN_NO_BLOCKING_RUNTIME = 1;

    private Points() {
    }
}
