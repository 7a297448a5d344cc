package org.lessons.kit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What {@link EventLoop#wait(List, ReturnWhen)} gives, as asyncio.wait's {@code (done, pending)}: the futures that are
 * done and those still pending, each in the order they were given.
 *
 * @param done the futures that are done
 * @param pending the futures still pending: cancel them, or await them later
 */
public record Done<T>(List<CompletableFuture<T>> done, List<CompletableFuture<T>> pending) {

    public Done {
        done = List.copyOf(done);
        pending = List.copyOf(pending);
    }
}
