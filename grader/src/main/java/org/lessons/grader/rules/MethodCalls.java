package org.lessons.grader.rules;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;


/**
 * Finds the calls (and method references) that learner classes make to one method, for rules such
 * as "awaits its task handles one by one instead of {@code CompletableFuture.allOf}".
 */
public final class MethodCalls {

    private MethodCalls() {
    }

    /**
     * Every call or method reference to {@code owner.method} in the class files under
     * {@code classesDirectory}, sorted by where they are.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there
     */
    public static List<FoundCall> to(Path classesDirectory, String owner, String method) {
        return toAny(classesDirectory, java.util.Set.of(owner + "." + method));
    }

    /**
     * Every call or method reference to any of {@code methods} (each {@code owner.method}, the owner's full name) in
     * the class files under {@code classesDirectory}, sorted by where they are; the classes are imported once.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there
     */
    public static List<FoundCall> toAny(Path classesDirectory, java.util.Set<String> methods) {
        return LearnerClasses.importFrom(classesDirectory).stream()
                .flatMap(LearnerClasses::callsAndReferences)
                .filter(access -> methods.contains(access.getTarget().getOwner().getName() + "."
                        + access.getTarget().getName()))
                .map(LearnerClasses::found)
                .sorted(Comparator.comparing(FoundCall::where))
                .toList();
    }
}
