package org.lessons.grader.harness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/** Calls the learner's method the way a {@link Scenario} says, and returns what it returned. */
final class ScenarioInvoker {

    /** A contract problem: the class or method the lesson asks for is missing or has another shape. */
    static final class ContractMismatch extends RuntimeException {
        private final transient ChildEvent.Mismatch mismatch;

        ContractMismatch(ChildEvent.Mismatch mismatch) {
            super(mismatch.kind() + " " + mismatch.className() + "." + mismatch.method(), null, false, false);
            this.mismatch = mismatch;
        }

        ChildEvent.Mismatch mismatch() {
            return mismatch;
        }
    }

    /** The learner's class could not be initialized: a static field or block threw; the cause is what it threw. */
    static final class StaticInitFailure extends RuntimeException {
        StaticInitFailure(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    Object invoke(Scenario scenario) throws Throwable {
        if (scenario.call() == Scenario.Call.REFERENCE) {
            return EventLoop.run(() -> ReferenceProgram.concurrent(scenario.jobs()));
        }
        Class<?> type = load(scenario.className());
        return switch (scenario.call()) {
            case MAIN -> {
                Method main = find(type, "main", String[].class);
                call(main, (Object) new String[0]);
                yield null;
            }
            case ON_LOOP -> {
                String[] methods = scenario.method().split(",");
                if (methods.length == 1) {
                    yield onLoop(scenario, find(type, methods[0], List.class));
                }
                List<String> results = new ArrayList<>();
                for (String name : methods) {
                    Method method = find(type, name, List.class);
                    System.out.println("--- " + name + " ---");
                    results.add(Thrown.text(onLoop(scenario, method)));
                }
                yield results;
            }
            case DIRECT -> scenario.jobs() == null
                    ? call(find(type, scenario.method()))
                    : call(find(type, scenario.method(), List.class), scenario.jobs());
            case REFERENCE -> throw new AssertionError("handled above");
        };
    }

    private static Object onLoop(Scenario scenario, Method method) {
        return EventLoop.run(() -> lingering(scenario.lingerSeconds(), asStage(method,
                callUnchecked(method, scenario.jobs()))));
    }

    /**
     * The method's stage, completed as it completed but only {@code seconds} later, on the loop: what the method left
     * running (a task it should have cancelled) goes on meanwhile and shows in the output.
     */
    private static CompletionStage<Object> lingering(double seconds, CompletionStage<Object> stage) {
        if (seconds == 0) {
            return stage;
        }
        EventLoop loop = EventLoop.current();
        CompletableFuture<Object> lingered = new CompletableFuture<>();
        stage.whenCompleteAsync((value, error) -> EventLoop.sleep(seconds).whenComplete((ignored, never) -> {
            if (error != null) {
                lingered.completeExceptionally(error);
            } else {
                lingered.complete(value);
            }
        }), loop);
        return lingered;
    }

    private static Class<?> load(String className) throws Throwable {
        try {
            return Class.forName(className, true, ScenarioInvoker.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ContractMismatch(new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.CLASS_MISSING, className, "", ""));
        } catch (ExceptionInInitializerError e) {
            throw new StaticInitFailure(e.getCause() != null ? e.getCause() : e);
        }
    }

    private static Method find(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getDeclaredMethod(name, parameters);
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new ContractMismatch(new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.NOT_STATIC,
                        type.getSimpleName(), name, parameter(parameters)));
            }
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new ContractMismatch(new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.METHOD_MISSING,
                    type.getSimpleName(), name, parameter(parameters)));
        }
    }

    private static String parameter(Class<?>... parameters) {
        return parameters.length == 0 ? "" : parameters[0].getSimpleName();
    }

    private static Object call(Method method, Object... args) throws Throwable {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object callUnchecked(Method method, Object... args) {
        try {
            return call(method, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private static CompletionStage<Object> asStage(Method method, Object returned) {
        if (returned instanceof CompletionStage<?> stage) {
            return stage.thenApply(value -> (Object) value);
        }
        if (returned == null) {
            throw new ContractMismatch(new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.RETURNED_NULL,
                    method.getDeclaringClass().getSimpleName(), method.getName(), parameter(method.getParameterTypes())));
        }
        return CompletableFuture.completedFuture(returned);
    }

    /** The grader's own concurrent run of a task list, the truth a prediction is compared with. */
    static final class ReferenceProgram {
        private ReferenceProgram() {
        }

        static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
            List<CompletableFuture<String>> futures = jobs.stream().map(ReferenceProgram::doTask).toList();
            return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList());
        }

        private static CompletableFuture<String> doTask(Job job) {
            System.out.println("  Task " + job.name() + " starting...");
            return EventLoop.sleep(job.seconds()).thenApply(ignored -> {
                System.out.println("  Task " + job.name() + " done after " + org.lessons.kit.LessonTime.describe(job.seconds()));
                return job.name() + " result";
            });
        }
    }
}
