/** Hostile submission (an IDE's offer): a module descriptor beside correct code. The grader ignores it, with a note. */
module exercises {
    requires lesson.kit;
}
