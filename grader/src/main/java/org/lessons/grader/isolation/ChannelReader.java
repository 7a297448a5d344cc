package org.lessons.grader.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.lessons.grader.observe.ChildEvent;

/**
 * Reads one child's grade channel: lines that carry the run's one-time token are the harness's events, the rest are
 * the learner's raw writes and are ignored. Every event is checked against {@link ChannelInvariants} as it arrives:
 * the first that cannot be the harness's (malformed, forged, out of order) ends what the run may show, and the run
 * is {@linkplain #tampering() tampered}. Nothing a child sends makes the reader throw.
 */
final class ChannelReader {

    /** A grade-channel event is far shorter; a longer line is the learner's raw output and is skipped. */
    static final int MAX_EVENT_BYTES = 1 << 20;

    private final String prefix;
    private final ObjectMapper json = new ObjectMapper();
    private final LongSupplier now;
    private final ChannelInvariants invariants = new ChannelInvariants();
    private final List<ChildEvent.Line> lines = new ArrayList<>();
    private final List<ChildEvent.Stall> stalls = new ArrayList<>();
    private final List<ChildEvent.LoopClosed> closings = new ArrayList<>();
    private Optional<ChildEvent.Finished> finished = Optional.empty();
    private Optional<ChildEvent.Exiting> exiting = Optional.empty();
    private Optional<ChildEvent.Mismatch> mismatch = Optional.empty();
    private Optional<String> tampering = Optional.empty();
    private long lessonSecondNanos;
    /** When the harness's start and the call's end were read, on {@code now}. */
    private volatile OptionalLong startedAt = OptionalLong.empty();
    private volatile OptionalLong finishedAt = OptionalLong.empty();

    /**
     * @param token the run's one-time token
     * @param now the clock that stamps when the start and the call's end were read
     */
    ChannelReader(String token, LongSupplier now) {
        this.prefix = token + " ";
        this.now = now;
    }

    /** Reads {@code input} to its end (or until it fails), then closes it. */
    void read(InputStream input) {
        try (InputStream in = input) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean overlong = false;
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        if (!overlong) {
                            handle(line.toString(StandardCharsets.UTF_8));
                        }
                        line.reset();
                        overlong = false;
                    } else if (line.size() < MAX_EVENT_BYTES) {
                        line.write(buffer[i]);
                    } else {
                        overlong = true;
                    }
                }
            }
        } catch (IOException e) {
            // The stream closed with the child; what arrived is what counts.
        }
    }

    /**
     * Takes an event from a line. The token may follow bytes the learner wrote to the raw stream without a line
     * break; what follows the token must be one of the harness's events, valid at this point of the stream.
     */
    private synchronized void handle(String line) {
        int at = line.lastIndexOf(prefix);
        if (at < 0 || tampering.isPresent()) {
            return;
        }
        ChildEvent event;
        try {
            event = json.readValue(line.substring(at + prefix.length()), ChildEvent.class);
        } catch (IOException | RuntimeException e) {
            tampering = Optional.of("a malformed event");
            return;
        }
        tampering = event == null ? Optional.of("a malformed event") : invariants.breach(event);
        if (tampering.isEmpty()) {
            accept(event);
        }
    }

    private void accept(ChildEvent event) {
        if (event instanceof ChildEvent.Started started) {
            startedAt = OptionalLong.of(now.getAsLong());
            lessonSecondNanos = started.lessonSecondNanos();
        } else if (event instanceof ChildEvent.Line line) {
            lines.add(line);
        } else if (event instanceof ChildEvent.Stall stall) {
            stalls.add(stall);
        } else if (event instanceof ChildEvent.Finished end) {
            finishedAt = OptionalLong.of(now.getAsLong());
            finished = Optional.of(end);
        } else if (event instanceof ChildEvent.Exiting exit) {
            exiting = Optional.of(exit);
        } else if (event instanceof ChildEvent.Mismatch broken) {
            mismatch = Optional.of(broken);
        } else if (event instanceof ChildEvent.LoopClosed closed) {
            closings.add(closed);
        }
    }

    /** Why the run's channel cannot be trusted, if it cannot: the first event that broke an invariant. */
    synchronized Optional<String> tampering() {
        return tampering;
    }

    synchronized List<ChildEvent.Line> lines() {
        return List.copyOf(lines);
    }

    synchronized List<ChildEvent.LoopClosed> closings() {
        return List.copyOf(closings);
    }

    synchronized Optional<ChildEvent.Finished> finished() {
        return finished;
    }

    synchronized Optional<ChildEvent.Exiting> exiting() {
        return exiting;
    }

    synchronized Optional<ChildEvent.Mismatch> mismatch() {
        return mismatch;
    }

    OptionalLong startedAt() {
        return startedAt;
    }

    OptionalLong finishedAt() {
        return finishedAt;
    }

    synchronized long lessonSecondNanos(Duration fallback) {
        return lessonSecondNanos > 0 ? lessonSecondNanos : fallback.toNanos();
    }

    /** A stall is reported when it crosses the threshold and again when it ends: keep the longest. */
    synchronized List<ChildEvent.Stall> mergedStalls() {
        Map<String, ChildEvent.Stall> byStart = new LinkedHashMap<>();
        for (ChildEvent.Stall stall : stalls) {
            byStart.merge(stall.startNanos() + "|" + stall.where(), stall,
                    (a, b) -> a.durationNanos() >= b.durationNanos() ? a : b);
        }
        return List.copyOf(byStart.values());
    }
}
