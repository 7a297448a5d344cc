package org.lessons.grader.rules;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ViolationHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The static half of "never block the loop": no learner class may call a method that always blocks
 * its thread. In this lesson every line of learner code runs on the event loop (or on a pool), so
 * the rule covers lambdas (ArchUnit counts their calls as the enclosing method's), method
 * references, helper methods and anonymous classes alike.
 *
 * <p>{@code CompletableFuture.join()} and {@code get()} are not on the list: after {@code allOf}
 * they return at once, which is the idiomatic gather. When they do block the loop, the runtime
 * detector sees it.
 */
public final class NoBlockingOnTheLoop {

    /** Blocking methods by owner: a name, or {@code *} for every method of the owner with that name prefix. */
    private static final Map<String, Set<String>> BLOCKING = Map.of(
            "java.lang.Thread", Set.of("sleep", "join"),
            "java.util.concurrent.TimeUnit", Set.of("sleep", "timedJoin", "timedWait"),
            "java.lang.Object", Set.of("wait"),
            "java.util.concurrent.locks.LockSupport", Set.of("park", "parkNanos", "parkUntil"),
            "java.util.concurrent.CountDownLatch", Set.of("await"),
            "java.util.concurrent.CyclicBarrier", Set.of("await"),
            "java.util.concurrent.Semaphore", Set.of("acquire", "acquireUninterruptibly"),
            "java.util.concurrent.BlockingQueue", Set.of("take", "put"));

    private static final ArchRule RULE = classes()
            .should(new ArchCondition<JavaClass>("never call a method that blocks the thread") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    LearnerClasses.callsAndReferences(item)
                            .filter(access -> isBlocking(access.getTarget()))
                            .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
                }
            })
            .because("a blocking call on the event loop stops every other task until it returns");

    private NoBlockingOnTheLoop() {
    }

    /**
     * Checks every class file under {@code classesDirectory}.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there, as ArchUnit
     *     1.4.0 silently does with Java 25 class files
     */
    public static List<FoundCall> check(Path classesDirectory) {
        return ImportedClasses.of(classesDirectory).evaluateAll(NoBlockingOnTheLoop::check);
    }

    /**
     * Checks the imported classes named {@code classNames}.
     *
     * @throws IllegalStateException if none of them was imported
     */
    public static List<FoundCall> check(ImportedClasses imported, Collection<String> classNames) {
        return imported.evaluate(classNames, NoBlockingOnTheLoop::check);
    }

    private static List<FoundCall> check(JavaClasses classes) {
        EvaluationResult result = RULE.evaluate(classes);
        List<FoundCall> calls = new ArrayList<>();
        ViolationHandler<JavaAccess<?>> collect = (accesses, message) ->
                accesses.forEach(access -> calls.add(LearnerClasses.found(access)));
        result.handleViolations(collect);
        calls.sort(Comparator.comparing(FoundCall::where));
        return List.copyOf(calls);
    }

    private static boolean isBlocking(AccessTarget target) {
        JavaClass owner = target.getOwner();
        return BLOCKING.entrySet().stream().anyMatch(entry -> entry.getValue().contains(target.getName())
                && (owner.getName().equals(entry.getKey()) || owner.isAssignableTo(entry.getKey())));
    }
}
