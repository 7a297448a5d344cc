package org.lessons.grader.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

/** Learner-like code for {@link BlockingRecorderTests}: each method holds the loop thread its own way, or does not. */
final class BlockingOnTheLoopTestCase {

    /** A nap that a dynamic proxy implements by calling Thread.sleep by reflection. */
    interface Nap {
        void sleep(long millis);
    }

    private BlockingOnTheLoopTestCase() {
    }

    static void shortSleeps() {
        for (int i = 0; i < 5; i++) {
            sleep(2);
        }
    }

    static void sleepZero() {
        sleep(0);
    }

    static void sleepBehindAProxy() {
        Nap nap = (Nap) Proxy.newProxyInstance(Nap.class.getClassLoader(), new Class<?>[] {Nap.class},
                (proxy, method, args) -> Thread.class.getMethod(method.getName(), method.getParameterTypes()).invoke(null, args));
        nap.sleep(3);
    }

    static void readAFile(Path file) {
        try {
            Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleepInAnotherClassOfThisFile() {
        SleepsInAnotherClassOfTheFileTestCase.nap();
    }

    /** Starts a thread named like the loop that sleeps a while: it is not a loop thread. */
    static Thread startADecoyNamedLikeTheLoop() {
        Thread decoy = new Thread(() -> sleep(20), org.lessons.kit.EventLoop.THREAD_NAME);
        decoy.start();
        return decoy;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

/** A second top-level class in the same file: its frames must name this file. */
final class SleepsInAnotherClassOfTheFileTestCase {

    private SleepsInAnotherClassOfTheFileTestCase() {
    }

    static void nap() {
        BlockingOnTheLoopTestCase.sleep(2);
    }
}
