package elsewhere;

/** A file outside the lesson's package, which does not even compile: the grader ignores it, with a note. */
class Scratch {
    int broken = ;
}
