package org.lessons.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@link EventLoop#gather} and {@link EventLoop#wait}: one future over several, completed on the loop thread, so that
 * what is composed on it runs on the loop, as after asyncio's {@code await gather(...)} and {@code await wait(...)}.
 */
final class Gathering {

    private Gathering() {
    }

    /** The results in argument order; the first failure fails it at once, or takes its slot when {@code inPlace}. */
    static <T> CompletableFuture<List<T>> all(EventLoop loop, List<? extends CompletionStage<? extends T>> stages,
                                              boolean inPlace, java.util.function.Function<Throwable, T> slot) {
        List<CompletableFuture<? extends T>> futures = futures(stages);
        LoopFuture<List<T>> gathered = new LoopFuture<>(loop);
        List<T> results = new ArrayList<>(Collections.nCopies(futures.size(), null));
        int[] left = {futures.size()};
        if (futures.isEmpty()) {
            gathered.complete(List.of());
        }
        for (int i = 0; i < futures.size(); i++) {
            int index = i;
            futures.get(i).whenComplete((value, failure) -> onLoop(loop, () -> {
                if (gathered.isDone()) {
                    return;
                }
                if (failure != null && !inPlace) {
                    gathered.completeExceptionally(unwrap(failure));
                    return;
                }
                results.set(index, failure == null ? value : slot.apply(unwrap(failure)));
                if (--left[0] == 0) {
                    gathered.complete(Collections.unmodifiableList(new ArrayList<>(results)));
                }
            }));
        }
        return gathered;
    }

    /** Done and pending futures, in argument order, once {@code when} holds. */
    static <T> CompletableFuture<Done<T>> wait(EventLoop loop, List<? extends CompletableFuture<T>> futures,
                                                        ReturnWhen when) {
        Objects.requireNonNull(when, "when");
        List<CompletableFuture<T>> all = List.copyOf(futures);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("EventLoop.wait needs at least one future, as asyncio.wait does");
        }
        LoopFuture<Done<T>> waited = new LoopFuture<>(loop);
        Runnable check = () -> {
            if (!waited.isDone() && holds(all, when)) {
                List<CompletableFuture<T>> done = all.stream().filter(CompletableFuture::isDone).toList();
                List<CompletableFuture<T>> pending = all.stream().filter(f -> !f.isDone()).toList();
                waited.complete(new Done<>(done, pending));
            }
        };
        all.forEach(future -> future.whenComplete((value, failure) -> onLoop(loop, check)));
        return waited;
    }

    private static boolean holds(List<? extends CompletableFuture<?>> all, ReturnWhen when) {
        return switch (when) {
            case FIRST_COMPLETED -> all.stream().anyMatch(CompletableFuture::isDone);
            case FIRST_EXCEPTION -> all.stream().anyMatch(CompletableFuture::isCompletedExceptionally)
                    || all.stream().allMatch(CompletableFuture::isDone);
            case ALL_COMPLETED -> all.stream().allMatch(CompletableFuture::isDone);
        };
    }

    private static <T> List<CompletableFuture<? extends T>> futures(List<? extends CompletionStage<? extends T>> stages) {
        Objects.requireNonNull(stages, "the futures to gather");
        List<CompletableFuture<? extends T>> futures = new ArrayList<>();
        for (CompletionStage<? extends T> stage : stages) {
            futures.add(Objects.requireNonNull(stage, "a future to gather is null").toCompletableFuture());
        }
        return futures;
    }

    /** Runs {@code step} now when on the loop's thread, otherwise soon on the loop. */
    private static void onLoop(EventLoop loop, Runnable step) {
        if (EventLoop.inLoop() && EventLoop.current() == loop) {
            step.run();
        } else {
            loop.execute(step);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
