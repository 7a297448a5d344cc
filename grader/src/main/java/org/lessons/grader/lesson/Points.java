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

    // alter-1: 8
    public static final int ALTER_1_LINE_ORDER = 2;
    public static final int ALTER_1_SEQUENTIAL_TOTAL = 2;
    public static final int ALTER_1_CONCURRENT_TOTAL = 2;
    public static final int ALTER_1_ANY_TASK_LIST = 2;

    // alter-2: 8
    public static final int ALTER_2_LINE_ORDER = 2;
    public static final int ALTER_2_TOTAL = 2;
    public static final int ALTER_2_ANY_TASK_LIST = 2;
    public static final int ALTER_2_TASK_HANDLES = 2;

    // alter-3: 8
    public static final int ALTER_3_EVERY_TASK_ENDS = 3;
    public static final int ALTER_3_TOTAL = 2;
    public static final int ALTER_3_EXCEPTION_IN_SLOT = 3;

    // fix-2: 8
    public static final int FIX_2_ERROR_LINE = 3;
    public static final int FIX_2_TOTAL = 2;
    public static final int FIX_2_ANY_TASK_LIST = 3;

    private Points() {
    }
}
