package org.lessons.kit;

import java.util.List;
import java.util.Optional;

/** Where the program asked for a wait or a task: the first frame outside the kit and the JDK. */
record CallSite(Optional<StackWalker.StackFrame> frame) {

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final List<Class<?>> KIT = List.of(EventLoop.class, Wait.class, LoopTask.class, CallSite.class,
            LoopThread.class);

    static CallSite ofCaller() {
        return new CallSite(WALKER.walk(frames -> frames
                .filter(f -> !isKit(f.getClassName()))
                .filter(f -> !f.getClassName().startsWith("java."))
                .findFirst()));
    }

    private static boolean isKit(String className) {
        for (Class<?> kit : KIT) {
            if (className.equals(kit.getName()) || className.startsWith(kit.getName() + "$")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return frame.map(f -> f.getClassName() + "." + f.getMethodName()
                + "(" + f.getFileName() + ":" + f.getLineNumber() + ")").orElse("an unknown place");
    }
}
