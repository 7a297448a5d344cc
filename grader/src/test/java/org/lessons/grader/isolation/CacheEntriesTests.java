package org.lessons.grader.isolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CacheEntriesTests {

    @TempDir
    Path cache;

    private Path entry(String name, Duration age) throws Exception {
        Path entry = Files.createDirectories(cache.resolve(name));
        Files.writeString(entry.resolve("file"), "x");
        Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(age)));
        return entry;
    }

    @Test
    void oldEntriesOfOneKindGoBeyondTheNewestFewWhileOtherKindsAndTheCurrentOneStay() throws Exception {
        Path current = entry("classpath-00000000000000000000000a", Duration.ofDays(30));
        Path newest = entry("classpath-00000000000000000000000b", Duration.ofHours(2));
        Path second = entry("classpath-00000000000000000000000c", Duration.ofHours(3));
        Path oldest = entry("classpath-00000000000000000000000d", Duration.ofDays(2));
        Path runtime = entry("runtime-00000000000000000000000e", Duration.ofDays(9));
        Path archive = entry("00000000000000000000000f", Duration.ofDays(9));

        new CacheEntries(cache, "classpath-").removeOthersThan(current);

        assertThat(oldest).doesNotExist();
        assertThat(current).exists();
        assertThat(newest).exists();
        assertThat(second).exists();
        assertThat(runtime).exists();
        assertThat(archive).exists();
    }

    @Test
    void anEntryUsedWithinTheHourStaysHoweverManyAreNewer() throws Exception {
        Path current = entry("00000000000000000000000a", Duration.ZERO);
        entry("00000000000000000000000b", Duration.ofMinutes(1));
        entry("00000000000000000000000c", Duration.ofMinutes(2));
        Path recent = entry("00000000000000000000000d", Duration.ofMinutes(3));
        Path staged = entry("classpath-00000000000000000000000e", Duration.ofDays(9));

        new CacheEntries(cache, "").removeOthersThan(current);

        assertThat(recent).exists();
        assertThat(staged).as("another kind of entry, whatever its age").exists();
    }

    @Test
    void usingAnEntryMakesItNewAgain() throws Exception {
        Path entry = entry("runtime-00000000000000000000000a", Duration.ofDays(9));

        CacheEntries.used(entry);

        assertThat(Files.getLastModifiedTime(entry).toInstant()).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
    }
}
