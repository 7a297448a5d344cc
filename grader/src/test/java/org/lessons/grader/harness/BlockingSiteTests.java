package org.lessons.grader.harness;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stack frames make a blocking call the learner's, and what it is called. */
class BlockingSiteTests {

    private final LearnerFrames frames = new LearnerFrames(Set.of("asyncbasics.Run"));

    @Test
    void theFirstLearnerFrameIsWhereAndTheFrameAboveItIsTheCall() {
        Optional<BlockingSite> site = BlockingSite.of(stack(
                frame("java.lang.Thread", "sleep", 0),
                frame("asyncbasics.Run", "doTask", 22),
                frame("asyncbasics.Run", "main", 40)), frames);

        assertThat(site).contains(new BlockingSite("asyncbasics/Run.java:22", "java.lang.Thread.sleep"));
    }

    @Test
    void aJoinInsideAStreamTheLearnerCollectsIsTheCallNotTheStreamsMethod() {
        Optional<BlockingSite> site = BlockingSite.of(stack(
                frame("jdk.internal.misc.Unsafe", "park", 0),
                frame("java.util.concurrent.locks.LockSupport", "park", 0),
                frame("java.util.concurrent.CompletableFuture", "waitingGet", 0),
                frame("java.util.concurrent.CompletableFuture", "join", 0),
                frame("java.util.stream.ReferencePipeline$3$1", "accept", 0),
                frame("java.util.stream.AbstractPipeline", "evaluate", 0),
                frame("java.util.stream.ReferencePipeline", "toList", 0),
                frame("asyncbasics.Run", "concurrent", 48)), frames);

        assertThat(site).contains(new BlockingSite("asyncbasics/Run.java:48", "java.util.concurrent.CompletableFuture.join"));
    }

    @Test
    void aNestedLearnerClassIsFoundInItsOuterClassesFile() {
        Optional<BlockingSite> site = BlockingSite.of(stack(
                new StackTraceElement("java.lang.Object", "wait", null, -1),
                new StackTraceElement("asyncbasics.Run$Helper", "pause", null, 7)), frames);

        assertThat(site).map(BlockingSite::where).contains("asyncbasics/Run.java:7");
    }

    @Test
    void aStackThatStartsAtTheLearnersLineHasNoCall() {
        Optional<BlockingSite> site = BlockingSite.of(stack(frame("asyncbasics.Run", "doTask", 22)), frames);

        assertThat(site).contains(new BlockingSite("asyncbasics/Run.java:22", ""));
    }

    @Test
    void framesTheJvmSpinsForLambdasNameNoCall() {
        Optional<BlockingSite> site = BlockingSite.of(stack(
                frame("java.lang.Thread", "sleep", 0),
                frame("java.lang.invoke.LambdaForm$DMH/0x0000000800c0c000", "invokeStatic", 0),
                frame("asyncbasics.Run$$Lambda$66/0x0000000800c0a408", "accept", 0),
                frame("asyncbasics.Run", "doTask", 22)), frames);

        assertThat(site).contains(new BlockingSite("asyncbasics/Run.java:22", "java.lang.Thread.sleep"));
    }

    @Test
    void loadingAClassForTheLearnerIsNotTheLearnersBlocking() {
        Optional<BlockingSite> site = BlockingSite.of(stack(
                frame("java.io.RandomAccessFile", "read", 0),
                frame("jdk.internal.loader.BuiltinClassLoader", "defineClass", 0),
                frame("java.lang.ClassLoader", "loadClass", 0),
                frame("asyncbasics.Run", "doTask", 22)), frames);

        assertThat(site).isEmpty();
    }

    @Test
    void theHarnessCapturingOutputIsNotTheLearnersBlocking() {
        Optional<BlockingSite> site = BlockingSite.of(stack(
                frame("org.lessons.grader.harness.Channel", "send", 0),
                frame("java.io.PrintStream", "println", 0),
                frame("asyncbasics.Run", "doTask", 22)), frames);

        assertThat(site).isEmpty();
    }

    @Test
    void theKitsOwnWaitingIsNotTheLearnersBlocking() {
        Optional<BlockingSite> idle = BlockingSite.of(stack(
                frame("jdk.internal.misc.Unsafe", "park", 0),
                frame("org.lessons.kit.EventLoop", "loop", 0)), frames);
        Optional<BlockingSite> queueLock = BlockingSite.of(stack(
                frame("jdk.internal.misc.Unsafe", "park", 0),
                frame("org.lessons.kit.EventLoop", "execute", 0),
                frame("asyncbasics.Run", "doTask", 22)), frames);

        assertThat(idle).isEmpty();
        assertThat(queueLock).isEmpty();
    }

    private static StackTraceElement[] stack(StackTraceElement... frames) {
        return frames;
    }

    private static StackTraceElement frame(String className, String method, int line) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return new StackTraceElement(className, method, simple + ".java", line);
    }
}
