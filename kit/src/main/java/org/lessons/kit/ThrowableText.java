package org.lessons.kit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A program's throwable as the kit words it and unwraps it: total (a {@code getMessage} or {@code getCause} that
 * throws, a cycle of causes) and bounded, so that a warning or {@link EventLoop#run}'s outcome never hangs or throws
 * on a strange exception.
 */
final class ThrowableText {

    /** The longest message the kit repeats. */
    static final int MAX_CHARS = 500;
    /** The most causes the kit follows. */
    static final int MAX_CAUSES = 64;

    private ThrowableText() {
    }

    /** {@code class: message}, as {@link Throwable#toString()} says it, capped; never throws. */
    static String of(Throwable thrown) {
        String message;
        try {
            message = thrown.getLocalizedMessage();
        } catch (RuntimeException | Error broken) {
            message = "(its getMessage() threw " + broken.getClass().getName() + ")";
        }
        String name = thrown.getClass().getName();
        if (message == null) {
            return name;
        }
        return name + ": " + (message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) + "…" : message);
    }

    /** The cause of {@code thrown}, or {@code null} when it has none or its {@code getCause} throws. */
    static Throwable causeOf(Throwable thrown) {
        try {
            return thrown.getCause();
        } catch (RuntimeException | Error broken) {
            return null;
        }
    }

    /** A fresh set of throwables by identity, for following causes each once. */
    static Set<Throwable> seen() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
