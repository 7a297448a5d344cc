package org.lessons.kit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JVM's one loop observer. It is set once per JVM, so this is the only test of the kit's suite that installs one,
 * and it installs it once.
 */
class LoopObserversTests {

    private static final ClockControl FAST = new ScaledClock(java.time.Duration.ofMillis(10));

    @Test
    void theObserverHearsEveryCloseAsDataAndCannotBeReplaced() {
        List<LoopClosing> heard = new CopyOnWriteArrayList<>();
        LoopObservers.install(heard::add);

        EventLoop.run(() -> CompletableFuture.completedFuture("nothing left"), FAST);
        String warning = StandardError.of(() -> EventLoop.run(() -> {
            EventLoop.sleep(0.5);
            EventLoop.createTask(() -> EventLoop.sleep(0.7));
            return CompletableFuture.completedFuture("left behind");
        }, FAST));

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).isEqualTo(new LoopClosing(0, "", 0, ""));
        assertThat(heard.get(0).warns()).isFalse();
        assertThat(heard.get(1).warns()).isTrue();
        assertThat(heard.get(1).forgottenWaits()).isGreaterThanOrEqualTo(1);
        assertThat(heard.get(1).firstWaitSite()).contains("LoopObserversTests");
        assertThat(warning).startsWith(EventLoop.WARNING_PREFIX).contains("LoopObserversTests");
        assertThatThrownBy(() -> LoopObservers.install(closing -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set once");
    }
}
