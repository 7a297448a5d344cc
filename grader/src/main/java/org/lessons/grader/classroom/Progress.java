package org.lessons.grader.classroom;

import java.io.PrintStream;
import java.time.Duration;
import org.lessons.grader.phases.Ticker;
import org.lessons.grader.report.Printable;

/**
 * The batch's progress on stderr: on a terminal, one line redrawn in place (a bar, how many, the ETA, the last
 * learner); elsewhere (a CI log, a file), one line per finished learner with the ETA. The ETA is the mean time per
 * learner finished so far, times those left, divided by nothing: learners graded at once already shorten the mean.
 */
final class Progress {

    private static final int BAR = 20;

    private final PrintStream err;
    private final boolean terminal;
    private final Ticker ticker;
    private final long started;
    private final int total;
    private int done;

    Progress(PrintStream err, boolean terminal, Ticker ticker, int total) {
        this.err = err;
        this.terminal = terminal;
        this.ticker = ticker;
        this.started = ticker.read();
        this.total = total;
    }

    /** One learner is finished: {@code outcome} says how, in a few words. */
    synchronized void finished(String learner, String outcome) {
        done++;
        Duration elapsed = Duration.ofNanos(ticker.read() - started);
        Duration eta = elapsed.dividedBy(done).multipliedBy(total - done);
        String counts = done + "/" + total;
        String left = done == total ? "done in " + describe(elapsed) : "ETA " + describe(eta);
        String shown = inert(learner.codePoints().limit(40).filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        String said = inert(Printable.line(outcome));
        if (terminal) {
            int filled = total == 0 ? BAR : done * BAR / total;
            err.print("\r\033[K[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + counts + "  " + left
                    + "  " + shown + ": " + said);
            if (done == total) {
                err.println();
            }
        } else {
            err.println("[" + counts + "] " + shown + ": " + said + "; " + left);
        }
        err.flush();
    }

    /**
     * Text a learner made (their id, an error quoting a zip entry's name or git's output) as data in a CI log: with its
     * line breaks shown escaped, no line of it can start a GitHub workflow command ({@code ::error ...}), and the old
     * form {@code ##[command]}, which GitHub's runner reads anywhere in a line, is broken up.
     */
    private static String inert(String text) {
        return text.replace("##[", "##\\[");
    }

    static String describe(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
