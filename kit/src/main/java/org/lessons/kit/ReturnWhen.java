package org.lessons.kit;

/** When {@link EventLoop#wait(java.util.List, ReturnWhen)} completes, as asyncio.wait's {@code return_when}. */
public enum ReturnWhen {
    /** As soon as any of the futures is done. */
    FIRST_COMPLETED,
    /** As soon as any fails, or when all are done. */
    FIRST_EXCEPTION,
    /** When all are done. */
    ALL_COMPLETED
}
