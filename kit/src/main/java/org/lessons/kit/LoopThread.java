package org.lessons.kit;

/** A thread the kit started to run one loop; only the kit makes them, so a thread merely named like one is not one. */
final class LoopThread extends Thread {

    final EventLoop loop;

    LoopThread(EventLoop loop) {
        super(EventLoop.THREAD_NAME);
        this.loop = loop;
        setDaemon(true);
    }

    @Override
    public void run() {
        loop.loop();
    }
}
