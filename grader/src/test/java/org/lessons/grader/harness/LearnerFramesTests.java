package org.lessons.grader.harness;

import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a printed line was printed, and which of the learner's lines called the method that printed it. */
class LearnerFramesTests {

    private final LearnerFrames frames = new LearnerFrames(Set.of("asyncbasics.Run"));

    @Test
    void theCallerIsTheNextLearnerFrameOfAnotherMethod() {
        LearnerFrames.PrintSite site = frames.printSite(Stream.of(frame("java.io.PrintStream", "println", -1),
                frame("asyncbasics.Run", "doTask", 23), frame("asyncbasics.Run", "sequential", 37),
                frame("asyncbasics.Run", "lambda$main$0", 70)));

        assertThat(site).isEqualTo(new LearnerFrames.PrintSite("asyncbasics/Run.java:23", "asyncbasics/Run.java:37"));
    }

    @Test
    void aLinePrintedInACallbackTheLoopRunsHasNoCaller() {
        LearnerFrames.PrintSite site = frames.printSite(Stream.of(frame("asyncbasics.Run", "lambda$doTask$0", 25),
                frame("java.util.concurrent.CompletableFuture", "uniApply", -1),
                frame("org.lessons.kit.EventLoop", "runOnce", -1), frame("asyncbasics.Run", "main", 68)));

        assertThat(site).isEqualTo(new LearnerFrames.PrintSite("asyncbasics/Run.java:25", ""));
    }

    private static StackWalker.StackFrame frame(String className, String method, int line) {
        return new StackWalker.StackFrame() {
            @Override
            public String getClassName() {
                return className;
            }

            @Override
            public String getMethodName() {
                return method;
            }

            @Override
            public Class<?> getDeclaringClass() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getByteCodeIndex() {
                return 0;
            }

            @Override
            public String getFileName() {
                return className.substring(className.lastIndexOf('.') + 1) + ".java";
            }

            @Override
            public int getLineNumber() {
                return line;
            }

            @Override
            public boolean isNativeMethod() {
                return false;
            }

            @Override
            public StackTraceElement toStackTraceElement() {
                return new StackTraceElement(className, method, getFileName(), line);
            }

            @Override
            public MethodType getMethodType() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getDescriptor() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
