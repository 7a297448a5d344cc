package org.lessons.kit;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonTimeTests {

    @ParameterizedTest
    @CsvSource({"100ms, 100", "1s, 1000", "0.25s, 250", "PT0.1S, 100", "2.5ms, 2.5"})
    void lessonSecondIsReadInEveryDocumentedFormat(String text, double millis) {
        assertThat(LessonTime.parse(text)).isEqualTo(Duration.ofNanos(Math.round(millis * 1_000_000)));
    }

    @ParameterizedTest
    @CsvSource({"0ms", "-1s", "fast", "''"})
    void lessonSecondThatIsNotAPositiveDurationIsRefusedWithTheFormat(String text) {
        assertThatThrownBy(() -> LessonTime.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(LessonTime.PROPERTY);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 second", "2, 2 seconds", "1.5, 1.5 seconds", "0, 0 seconds", "0.25, 0.25 seconds"})
    void secondsAreDescribedAsTheOriginalPrintsThem(double seconds, String words) {
        assertThat(LessonTime.describe(seconds)).isEqualTo(words);
    }

    @Test
    void oneLessonSecondIsOneRealSecondUnlessConfigured() {
        String before = System.getProperty(LessonTime.PROPERTY);
        try {
            System.clearProperty(LessonTime.PROPERTY);
            assertThat(LessonTime.lessonSecond()).isEqualTo(Duration.ofSeconds(1));
            System.setProperty(LessonTime.PROPERTY, "50ms");
            assertThat(LessonTime.lessonSecond()).isEqualTo(Duration.ofMillis(50));
            assertThat(LessonTime.millis(2)).isEqualTo(100);
        } finally {
            if (before == null) {
                System.clearProperty(LessonTime.PROPERTY);
            } else {
                System.setProperty(LessonTime.PROPERTY, before);
            }
        }
    }

    @Test
    void jobsRefuseNegativeOrEndlessWaits() {
        assertThatThrownBy(() -> Job.of("A", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Job.of("A", Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Job.of("A", 2)).isEqualTo(new Job("A", 2));
    }
}
