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

    private Points() {
    }
}
