package org.lessons.grader.harness;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.kit.EventLoop;

/**
 * The one owner of output capture: replaces {@code System.out}, {@code System.err} and
 * {@code System.in} before learner code loads, and turns every printed line into a
 * {@link ChildEvent.Line} with its time, thread and source line. Beyond a cap, lines are only counted.
 */
final class OutputCapture {

    static final int MAX_LINES = ChildEvent.MAX_LINES;
    static final int MAX_LINE_CHARS = ChildEvent.MAX_TEXT_CHARS;

    private final Channel channel;
    private final LearnerFrames frames;
    private final LongSupplier clock;
    private final AtomicLong sentLines = new AtomicLong();
    private final AtomicLong droppedLines = new AtomicLong();
    private final StackWalker walker = StackWalker.getInstance();

    OutputCapture(Channel channel, LearnerFrames frames, LongSupplier clock) {
        this.channel = channel;
        this.frames = frames;
        this.clock = clock;
    }

    private final LineSplitter out = new LineSplitter(ChildEvent.Line.StandardStream.OUT);
    private final LineSplitter err = new LineSplitter(ChildEvent.Line.StandardStream.ERR);

    void install() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream());
    }

    /** A stream that captures as {@code System.out} does once installed, without installing it. */
    PrintStream stream() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** Sends what was printed without a final line break. */
    void finish() {
        System.out.flush();
        System.err.flush();
        out.close();
        err.close();
    }

    long droppedLines() {
        return droppedLines.get();
    }

    private void emit(ChildEvent.Line.StandardStream stream, String text) {
        long nanos = clock.getAsLong();
        if (sentLines.incrementAndGet() > MAX_LINES) {
            droppedLines.incrementAndGet();
            return;
        }
        LearnerFrames.PrintSite site = walker.walk(frames::printSite);
        String shown = Bounded.text(text);
        Thread printing = Thread.currentThread();
        channel.send(new ChildEvent.Line(stream, shown, nanos, Bounded.text(printing.getName()), EventLoop.inLoop(),
                site.where(), printing.getId(), Bounded.text(site.caller())));
    }

    /** Splits bytes into lines; a {@code PrintStream} locks around it, so one buffer per stream is enough. */
    private final class LineSplitter extends OutputStream {
        private final ChildEvent.Line.StandardStream stream;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        LineSplitter(ChildEvent.Line.StandardStream stream) {
            this.stream = stream;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                flushLine();
            } else if (b != '\r' && pending.size() < MAX_LINE_CHARS * 4) {
                pending.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public synchronized void close() {
            if (pending.size() > 0) {
                flushLine();
            }
        }

        private void flushLine() {
            String text = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            emit(stream, text);
        }
    }
}
