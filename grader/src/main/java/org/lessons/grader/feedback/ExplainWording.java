package org.lessons.grader.feedback;

import java.util.List;

/**
 * The explain task's questions and what a learner reads about their answers.
 */
public final class ExplainWording {

    private ExplainWording() {
    }

    /**
     * One multiple-choice question of the explain task; its key is the instructor's ({@code ExplainKey}).
     *
     * @param number the question's number, from 1, as the learner's map keys it
     * @param prompt the question as the learner reads it
     * @param options the four options, A to D
     */
    public record Question(int number, String prompt, List<String> options) {
        public Question {
            options = List.copyOf(options);
        }

        /** An option's text, such as {@code "B: It starts ..."}; empty when there is no such letter. */
        public String option(char letter) {
            int index = Character.toUpperCase(letter) - 'A';
            return index >= 0 && index < options.size() ? letter + ": " + options.get(index) : "";
        }
    }

    /** The explain task's questions, in order; the same text as in the Explain class's Javadoc. */
    public static List<Question> explainQuestions() {
        return List.of(
                new Question(1, "What is a method that returns a CompletableFuture (like doTask), and how is it different"
                        + " from a plain method?", List.of(
                        "It runs on a new thread of its own, so calling it never waits for anything.",
                        "It starts its work and returns at once with a future that the loop completes later; a plain"
                                + " method returns only when all of its work is done.",
                        "It blocks the caller until the result is ready, like a plain method, and then wraps the result"
                                + " in a future.",
                        "It may only be called from main; calling it from another future-returning method is an error.")),
                new Question(2, "Why does Thread.sleep inside a task on the loop break concurrency, while"
                        + " EventLoop.sleep does not?", List.of(
                        "Thread.sleep is less precise than EventLoop.sleep, so the tasks finish at the wrong moments.",
                        "Thread.sleep puts every thread of the JVM to sleep; EventLoop.sleep only the current task's"
                                + " thread.",
                        "Thread.sleep holds the loop's only thread, so no other task can run until it returns;"
                                + " EventLoop.sleep registers a timer and returns a future at once, so the loop runs"
                                + " the other tasks meanwhile.",
                        "EventLoop.sleep starts a thread for each waiting task so that the sleeps overlap;"
                                + " Thread.sleep starts none.")),
                new Question(3, "What does the event loop actually do?", List.of(
                        "It gives each task its own thread and waits until all of them have finished.",
                        "It runs the tasks one after another in the order they were started, each to its end before"
                                + " the next one starts.",
                        "It checks every future again and again in a busy loop, using a whole CPU core until the"
                                + " tasks are done.",
                        "On its one thread, it runs the callbacks that are ready, completes the futures of timers that"
                                + " are due, and sleeps until the next timer when there is nothing to do.")),
                new Question(4, "When would you use async (an event loop) instead of threads?", List.of(
                        "For many tasks that spend most of their time waiting (network calls, timers, other I/O),"
                                + " with libraries that do not block: one thread juggles thousands of waits cheaply.",
                        "For CPU-heavy work such as resizing thousands of images, because the loop uses every core.",
                        "Whenever you must call a blocking library (JDBC, Thread.sleep), because the loop makes"
                                + " blocking calls non-blocking.",
                        "Never: async is always slower than threads and only a different style of writing the same"
                                + " thing.")),
                new Question(5, "main calls doTask(\"A\", 2) and ignores the future it returns (no thenCompose, not"
                        + " part of allOf), then completes. What happens?", List.of(
                        "Task A still finishes before the program ends, because the loop waits for every timer.",
                        "EventLoop.run throws IllegalStateException at once, because a future was ignored.",
                        "\"Task A starting...\" is printed, but the loop closes as soon as main's future completes:"
                                + " the done line never comes, and the kit warns that a wait was never finished.",
                        "Nothing at all is printed, because a future's code only runs once somebody composes on it.")));
    }

    /** A wrong answer, with the key's letter and why it is right. */
    public static Feedback explainWrong(Question question, char key, String why, char answered, String where) {
        return new Feedback("question " + question.number() + " (" + question.prompt() + ") answered "
                        + question.option(key),
                "you answered " + describeAnswer(question, answered), where,
                "Why " + key + ": " + why);
    }

    /** A grader without the answer key (the student template's practice grader): the answer is not judged. */
    public static Feedback explainKeyWithheld(Question question, char answered, String where) {
        return new Feedback("question " + question.number() + " judged against the instructor's answer key",
                "you answered " + describeAnswer(question, answered) + "; this grader has no answer key", where,
                "Nothing to fix here: the official grade judges this answer. Until then, try it out in the Run and"
                        + " Break tasks.");
    }

    /** The answers are numbered 0 to 4, so each stands one question too early. */
    public static Feedback explainNumberedFromZero(Question question, String returned, String where) {
        return new Feedback("an answer for question " + question.number() + " under the key " + question.number()
                        + ": the questions are numbered 1 to 5", "answers() returned " + returned
                        + ", numbered from 0, so each answer stands one question too early", where,
                "Number the answers 1 to 5, as the questions in the Javadoc of Explain are: Map.of(1, ..., 5, ...).");
    }

    public static Feedback explainMissing(Question question, String returned, String where) {
        return new Feedback("an answer (a letter A to D) for question " + question.number() + " in the map that"
                        + " Explain.answers() returns",
                returned.isEmpty() ? "answers() returned nothing" : "answers() returned " + returned, where,
                "Put an entry " + question.number() + " -> 'A', 'B', 'C' or 'D' into the map; read question "
                        + question.number() + " in the Javadoc of Explain.");
    }

    private static String describeAnswer(Question question, char answered) {
        String option = question.option(answered);
        return option.isEmpty() ? "'" + answered + "', which is not one of A to D" : option;
    }
}
