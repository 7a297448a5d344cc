package org.lessons.grader.feedback;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The mastery task's sentences: its prediction rules and what a learner reads when a prediction is wrong.
 */
public final class MasteryWording {

    private MasteryWording() {
    }

    /**
     * A mastery check failed on one hidden task list.
     *
     * @param rule what the check wants, in words
     * @param seed the seed the hidden lists came from
     * @param list which hidden list, from 1
     * @param jobs the list, as {@code [K 2, Q 0.5]}
     * @param real the lines the real run printed
     * @param predicted the lines the prediction returned
     * @param detail what exactly differs
     */
    public static Feedback predictionWrong(String rule, long seed, int list, String jobs, List<String> real,
                                           List<String> predicted, String detail, String where) {
        return new Feedback(rule + " (hidden list " + list + " of seed " + seed + ": " + jobs + "; the real run"
                        + " printed " + quoted(real) + ")",
                detail + "; your predict returned " + quoted(predicted), where,
                "Reproduce it with mvn verify -Dgrade.tasks=mastery -Dgrade.seed=" + seed
                        + ", or call Mastery.predict on " + jobs + " yourself and compare it with a real run.");
    }

    public static String masteryStartsFirst() {
        return "every start line first, in argument order";
    }

    public static String masteryShortestFirst() {
        return "the done lines in order of duration, shortest first";
    }

    public static String masteryTiesInStartOrder() {
        return "tasks of equal duration to finish in the order they started";
    }

    public static String masteryDoneWording() {
        return "each done line to say the seconds as the run prints them (\"1 second\", \"2 seconds\","
                + " \"1.5 seconds\")";
    }

    public static String masteryNoOtherLines() {
        return "exactly one start line and one done line per task, and no other line";
    }

    private static String quoted(List<String> lines) {
        return lines.stream().map(line -> "\"" + line + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
