/**
 * The lesson kit: a single-threaded event loop like asyncio's, counted in lesson seconds.
 *
 * <p>{@link org.lessons.kit.EventLoop} is the only class a learner needs; {@link org.lessons.kit.LessonClock}
 * is the seam through which the loop reads time.
 */
package org.lessons.kit;
