package org.lessons.grader.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Withheld;
import org.lessons.grader.feedback.ExplainWording;
import org.lessons.grader.feedback.ExplainWording.Question;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.ExplainKey;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.submission.Submission;

import static org.lessons.grader.scoring.Visibility.AFTER_PUBLISHED;

/**
 * The Explain task: five multiple-choice questions, answered by the map that {@code Explain.answers()}
 * returns in a child JVM; each question is one check against the instructor's {@link ExplainKey}, hidden until the
 * grades are published (its verdict gives the key away); a grader without the key (the student template's) records
 * the answer and withholds the verdict.
 */
@DisplayName("explain")
@TestMethodOrder(MethodOrderer.DisplayName.class)
class ExplainChecks {

    static final LessonTask TASK = LessonTask.EXPLAIN;
    static final Scenario ANSWERS = new Scenario(TASK.className(), "answers", Scenario.Call.DIRECT, null, null);
    static final double ANSWERS_SECONDS = 1;

    /** One entry of a printed map, {@code 3=D} or {@code 3=d}; keys may also be quoted strings. */
    private static final Pattern ENTRY = Pattern.compile("\"?(\\d+)\"?\\s*=\\s*([^,}]*)");

    @Graded(id = "futureReturningMethodVersusPlainMethod",
            task = "explain", points = Points.EXPLAIN_FUTURE_VERSUS_PLAIN, visibility = AFTER_PUBLISHED)
    @DisplayName("question 1: a future-returning method versus a plain method")
    void futureReturningMethodVersusPlainMethod(Submission submission, TestReporter reporter) {
        judge(submission, reporter, 1);
    }

    @Graded(id = "threadSleepVersusLoopSleep",
            task = "explain", points = Points.EXPLAIN_TWO_SLEEPS, visibility = AFTER_PUBLISHED)
    @DisplayName("question 2: why Thread.sleep breaks concurrency and EventLoop.sleep does not")
    void threadSleepVersusLoopSleep(Submission submission, TestReporter reporter) {
        judge(submission, reporter, 2);
    }

    @Graded(id = "whatTheLoopDoes",
            task = "explain", points = Points.EXPLAIN_WHAT_THE_LOOP_DOES, visibility = AFTER_PUBLISHED)
    @DisplayName("question 3: what the event loop actually does")
    void whatTheLoopDoes(Submission submission, TestReporter reporter) {
        judge(submission, reporter, 3);
    }

    @Graded(id = "asyncOrThreads",
            task = "explain", points = Points.EXPLAIN_ASYNC_OR_THREADS, visibility = AFTER_PUBLISHED)
    @DisplayName("question 4: when to use async instead of threads")
    void asyncOrThreads(Submission submission, TestReporter reporter) {
        judge(submission, reporter, 4);
    }

    @Graded(id = "whyComposeEveryFuture",
            task = "explain", points = Points.EXPLAIN_WHY_COMPOSE, visibility = AFTER_PUBLISHED)
    @DisplayName("question 5: what happens to a future nobody composes on")
    void whyComposeEveryFuture(Submission submission, TestReporter reporter) {
        judge(submission, reporter, 5);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void judge(Submission submission, TestReporter reporter, int number) {
        Question question = ExplainWording.explainQuestions().get(number - 1);
        ChildRun run = Observed.completed(submission.run(TASK, ANSWERS, ANSWERS_SECONDS), submission);
        List<String> value = run.finished().orElseThrow().value();
        String where = Declarations.of(submission, TASK, "answers");
        Map<Integer, Character> answers = parse(value);
        if (answers.containsKey(0) && !answers.containsKey(5)) {
            // Numbered 0 to 4, every answer sits one question too early: none of them can be judged as meant.
            throw new CheckFailure(ExplainWording.explainNumberedFromZero(question, String.join(", ", value), where));
        }
        Optional<Character> answer = Optional.ofNullable(answers.get(number));
        reporter.publishEntry("question " + number + ", your answer", answer.map(String::valueOf).orElse("none"));
        if (answer.isEmpty()) {
            throw new CheckFailure(ExplainWording.explainMissing(question, String.join(", ", value), where));
        }
        Optional<ExplainKey> key = ExplainKey.load();
        if (key.isEmpty()) {
            throw new Withheld(ExplainWording.explainKeyWithheld(question, answer.get(), where));
        }
        ExplainKey.Answer right = key.get().answer(number);
        reporter.publishEntry("question " + number + ", right answer", question.option(right.letter()));
        reporter.publishEntry("question " + number + ", why", right.why());
        if (answer.get() != right.letter()) {
            throw new CheckFailure(ExplainWording.explainWrong(question, right.letter(), right.why(), answer.get(), where));
        }
    }

    /**
     * The answers from what {@code answers()} returned: a printed map such as {@code {1=B, 2=C}},
     * or, leniently, a list of letters in question order. Letters are upper-cased; an empty or
     * longer-than-one-letter answer counts as its first character.
     */
    static Map<Integer, Character> parse(List<String> value) {
        Map<Integer, Character> answers = new LinkedHashMap<>();
        if (value.size() == 1 && value.get(0).strip().startsWith("{")) {
            Matcher entry = ENTRY.matcher(value.get(0));
            while (entry.find()) {
                letter(entry.group(2)).ifPresent(letter -> answers.put(Integer.parseInt(entry.group(1)), letter));
            }
            return answers;
        }
        for (int i = 0; i < value.size(); i++) {
            int number = i + 1;
            letter(value.get(i)).ifPresent(letter -> answers.put(number, letter));
        }
        return answers;
    }

    private static Optional<Character> letter(String text) {
        String stripped = text.strip().replace("'", "").replace("\"", "").strip();
        return stripped.isEmpty() || stripped.equals("null") ? Optional.empty()
                : Optional.of(Character.toUpperCase(stripped.charAt(0)));
    }
}
