package asyncbasics;

/** Hostile submission: a scratch file that does not compile; no task uses it. */
final class Scratch {
    int broken = ;
}
