package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The learners of a class folder: one per entry, hidden entries (a leading dot) left out, sorted by id. */
final class ClassFolder {

    private ClassFolder() {
    }

    /** The learners in {@code folder}, sorted by id. */
    static List<Learner> learners(Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(java.util.Comparator.comparing(entry -> entry.getFileName().toString())).toList();
        }
        List<Learner> learners = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Learner.Kind kind = kindOf(entry);
            String id = withoutEnding(name);
            if (!taken.add(id)) {
                id = name;
                taken.add(id);
            }
            learners.add(new Learner(id, entry, kind));
        }
        learners.sort(java.util.Comparator.comparing(Learner::id));
        return List.copyOf(learners);
    }

    private static Learner.Kind kindOf(Path entry) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isSymbolicLink(entry)) {
            return Learner.Kind.UNUSABLE;
        }
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return name.endsWith(".zip") ? Learner.Kind.ZIP : name.endsWith(".bundle") ? Learner.Kind.GIT
                    : Learner.Kind.UNUSABLE;
        }
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            boolean bare = Files.isRegularFile(entry.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(entry.resolve("objects"), LinkOption.NOFOLLOW_LINKS);
            return bare || name.endsWith(".git") ? Learner.Kind.GIT : Learner.Kind.DIRECTORY;
        }
        return Learner.Kind.UNUSABLE;
    }

    private static String withoutEnding(String name) {
        for (String ending : List.of(".zip", ".bundle", ".git")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ending) && name.length() > ending.length()) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }
}
