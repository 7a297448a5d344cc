package asyncbasics;

import java.util.Map;

/**
 * Explain it: five questions about what you saw in the other tasks, answered in code.
 *
 * <p>Answer each question with one letter, A to D, in the map that {@link #answers()} returns,
 * keyed by the question's number: {@code Map.of(1, 'A', 2, 'B', ...)}. Each question is worth one
 * point; after grading, the feedback explains the right answer of every question you missed.
 * Grade it alone with {@code mvn verify -Dgrade.tasks=explain}.
 *
 * <ol>
 *   <li>What is a method that returns a CompletableFuture (like {@code doTask}), and how is it
 *       different from a plain method?
 *     <ul>
 *       <li>A. It runs on a new thread of its own, so calling it never waits for anything.</li>
 *       <li>B. It starts its work and returns at once with a future that the loop completes later;
 *           a plain method returns only when all of its work is done.</li>
 *       <li>C. It blocks the caller until the result is ready, like a plain method, and then wraps
 *           the result in a future.</li>
 *       <li>D. It may only be called from main; calling it from another future-returning method is
 *           an error.</li>
 *     </ul></li>
 *   <li>Why does {@code Thread.sleep} inside a task on the loop break concurrency, while
 *       {@code EventLoop.sleep} does not?
 *     <ul>
 *       <li>A. Thread.sleep is less precise than EventLoop.sleep, so the tasks finish at the wrong
 *           moments.</li>
 *       <li>B. Thread.sleep puts every thread of the JVM to sleep; EventLoop.sleep only the current
 *           task's thread.</li>
 *       <li>C. Thread.sleep holds the loop's only thread, so no other task can run until it returns;
 *           EventLoop.sleep registers a timer and returns a future at once, so the loop runs the
 *           other tasks meanwhile.</li>
 *       <li>D. EventLoop.sleep starts a thread for each waiting task so that the sleeps overlap;
 *           Thread.sleep starts none.</li>
 *     </ul></li>
 *   <li>What does the event loop actually do?
 *     <ul>
 *       <li>A. It gives each task its own thread and waits until all of them have finished.</li>
 *       <li>B. It runs the tasks one after another in the order they were started, each to its end
 *           before the next one starts.</li>
 *       <li>C. It checks every future again and again in a busy loop, using a whole CPU core until
 *           the tasks are done.</li>
 *       <li>D. On its one thread, it runs the callbacks that are ready, completes the futures of
 *           timers that are due, and sleeps until the next timer when there is nothing to do.</li>
 *     </ul></li>
 *   <li>When would you use async (an event loop) instead of threads?
 *     <ul>
 *       <li>A. For many tasks that spend most of their time waiting (network calls, timers, other
 *           I/O), with libraries that do not block: one thread juggles thousands of waits cheaply.</li>
 *       <li>B. For CPU-heavy work such as resizing thousands of images, because the loop uses every
 *           core.</li>
 *       <li>C. Whenever you must call a blocking library (JDBC, Thread.sleep), because the loop makes
 *           blocking calls non-blocking.</li>
 *       <li>D. Never: async is always slower than threads and only a different style of writing the
 *           same thing.</li>
 *     </ul></li>
 *   <li>{@code main} calls {@code doTask("A", 2)} and ignores the future it returns (no
 *       {@code thenCompose}, not part of {@code allOf}), then completes. What happens?
 *     <ul>
 *       <li>A. Task A still finishes before the program ends, because the loop waits for every
 *           timer.</li>
 *       <li>B. EventLoop.run throws IllegalStateException at once, because a future was ignored.</li>
 *       <li>C. "Task A starting..." is printed, but the loop closes as soon as main's future
 *           completes: the done line never comes, and the kit warns that a wait was never
 *           finished.</li>
 *       <li>D. Nothing at all is printed, because a future's code only runs once somebody composes
 *           on it.</li>
 *     </ul></li>
 * </ol>
 * If you are unsure, try it: the Run and Break tasks let you watch each of these happen.
 */
public final class Explain {

    private Explain() {
    }

    /**
     * Your answers: question number (1 to 5) to a letter A to D, for example
     * {@code Map.of(1, 'A', 2, 'A', 3, 'A', 4, 'A', 5, 'A')}.
     */
    public static Map<Integer, Character> answers() {
        throw new UnsupportedOperationException("explain: answers is not written yet: return a map from each "
                + "question number (1 to 5) to your letter, e.g. Map.of(1, 'A', 2, 'B', ...)");
    }
}
