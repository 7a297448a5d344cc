package org.lessons.kit;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What {@link EventLoop#run} hands its caller: main's value, or what main failed with, unwrapped. */
final class Outcome {

    private Outcome() {
    }

    /**
     * Main's value, or its failure unwrapped from {@link CompletionException}s. The failure is taken as it was stored,
     * never wrapped anew (wrapping calls its {@code toString}, which a program's exception may make throw), and
     * unwrapped at most {@value ThrowableText#MAX_CAUSES} times, each cause once (a program's causes may run in a cycle).
     *
     * @throws IllegalStateException when the loop ended before main's future completed (its thread was interrupted)
     */
    static <T> T of(CompletableFuture<T> result) {
        if (!result.isDone()) {
            throw new IllegalStateException("the event loop stopped before main's future completed"
                    + " (was its thread interrupted?)");
        }
        Object[] outcome = new Object[2];
        // handle, not whenComplete: whenComplete's own future would wrap the failure anew, calling its toString.
        result.handle((value, failure) -> {
            outcome[0] = value;
            outcome[1] = failure;
            return null;
        });
        Throwable failure = (Throwable) outcome[1];
        if (failure == null) {
            @SuppressWarnings("unchecked")
            T value = (T) outcome[0];
            return value;
        }
        Set<Throwable> seen = ThrowableText.seen();
        Throwable cause = failure;
        while (cause instanceof CompletionException && seen.size() < ThrowableText.MAX_CAUSES && seen.add(cause)
                && ThrowableText.causeOf(cause) != null) {
            cause = ThrowableText.causeOf(cause);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new CompletionException(ThrowableText.of(cause), cause);
    }
}
