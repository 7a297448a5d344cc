package org.lessons.grader.classroom;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(boolean terminal, int total) {
        return new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), terminal, now::get, total);
    }

    @Test
    void outsideATerminalEachFinishedLearnerIsOneLineWithTheEta() {
        Progress progress = progress(false, 4);

        now.set(10_000_000_000L);
        progress.finished("alice", "25/25");
        now.set(20_000_000_000L);
        progress.finished("bob", "0/25");

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[1/4] alice: 25/25; ETA 30 s",
                "[2/4] bob: 0/25; ETA 20 s");
    }

    @Test
    void onATerminalOneLineIsRedrawnAndEndsWhenTheClassIsDone() {
        Progress progress = progress(true, 2);

        now.set(90_000_000_000L);
        progress.finished("alice", "25/25");
        progress.finished("bob\u001b[2J", "0/25");

        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r\033[K[##########----------] 1/2  ETA 1 min 30 s  alice: 25/25")
                .contains("\r\033[K[####################] 2/2  done in 1 min 30 s  bob[2J: 0/25").endsWith("\n")
                .doesNotContain("\u001b[2J");
    }

    @Test
    void aLearnersTextInTheLogCanStartNoLineAndNoGithubWorkflowCommand() {
        Progress progress = progress(false, 2);

        progress.finished("mallory##[add-mask]alice", "ERROR the zip's entry 'x\n::error title=FORGED::100/100\n"
                + "\u001b[2J##[stop-commands]t' would land outside the submission's folder");
        progress.finished("eve", "0/25");

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line.strip()).doesNotStartWith("::").doesNotContain("##[", "\u001b"))
                .first().asString().contains("mallory##\\[add-mask]alice: ERROR the zip's entry "
                        + "'x\\n::error title=FORGED::100/100\\n\\e[2J##\\[stop-commands]t'");
    }
}
