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

    // explain: 5 (one point per question)
    public static final int EXPLAIN_FUTURE_VERSUS_PLAIN = 1;
    public static final int EXPLAIN_TWO_SLEEPS = 1;
    public static final int EXPLAIN_WHAT_THE_LOOP_DOES = 1;
    public static final int EXPLAIN_ASYNC_OR_THREADS = 1;
    public static final int EXPLAIN_WHY_COMPOSE = 1;

    // mastery: 5
    public static final int MASTERY_STARTS_FIRST = 1;
    public static final int MASTERY_SHORTEST_DONE_FIRST = 1;
    public static final int MASTERY_TIES_IN_START_ORDER = 1;
    public static final int MASTERY_DONE_WORDING = 1;
    public static final int MASTERY_NO_OTHER_LINES = 1;
    // break-1, break-2, break-3, fix-1, fix-3: 38
    // break-1: 8
    public static final int BREAK_1_TOTAL_ABOUT_ZERO = 3;
    public static final int BREAK_1_NO_DONE_LINES = 2;
    public static final int BREAK_1_NEVER_AWAITED_WARNING = 3;
    // break-2: 8
    public static final int BREAK_2_ONE_AFTER_ANOTHER = 2;
    public static final int BREAK_2_TOTAL_IS_THE_SUM = 2;
    public static final int BREAK_2_STATIC_RULE_FIRES = 2;
    public static final int BREAK_2_RUNTIME_DETECTOR_FIRES = 2;
    // break-3: 6
    public static final int BREAK_3_REFUSAL_REACHES_CALLER = 3;
    public static final int BREAK_3_NOTHING_HANGS = 3;
    // fix-1: 8
    public static final int FIX_1_CONCURRENT_ORDER = 2;
    public static final int FIX_1_TOTAL_IS_THE_LONGEST = 2;
    public static final int FIX_1_NO_BLOCKING_STATIC = 2;
    public static final int FIX_1_NO_BLOCKING_RUNTIME = 2;
    // fix-3: 8
    public static final int FIX_3_FIRST_RESULT = 2;
    public static final int FIX_3_ABOUT_ONE_SECOND = 2;
    public static final int FIX_3_NO_DONE_LINES_FOR_CANCELLED = 2;
    public static final int FIX_3_NOTHING_LEFT_PENDING = 2;
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
