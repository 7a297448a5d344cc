package org.lessons.grader.feedback;

import org.lessons.grader.observe.ChildEvent;

/** How a mismatch between the learner's code and the lesson's contract is said: which class or method, and how. */
final class ContractWording {

    private ContractWording() {
    }

    /** "class asyncbasics.Run was not found", "method Run.concurrent(List<Job>) was not found", ... */
    static String mismatch(ChildEvent.Mismatch mismatch) {
        String method = mismatch.className() + "." + mismatch.method();
        return switch (mismatch.kind()) {
            case CLASS_MISSING -> "class " + mismatch.className() + " was not found";
            case METHOD_MISSING -> "method " + method + "(" + parameter(mismatch.parameter()) + ") was not found";
            case NOT_STATIC -> method + " must be static";
            case RETURNED_NULL -> mismatch.method() + " returned null instead of a CompletableFuture";
        };
    }

    /** A parameter type as the lesson writes it: its one list is of jobs. */
    private static String parameter(String simpleName) {
        return simpleName.equals("List") ? "List<Job>" : simpleName;
    }
}
