package io.github.rapolicy.examples.overlays;

/**
 * A mistake in an overlay file: one message naming the file, the line, the entry and what is wrong,
 * such as {@code university.yaml:14: overlay 1 "某大学…", rule 2: fund: unknown label "劳务"}. A file
 * with a mistake loads no overlay at all.
 */
public final class OverlayFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String entry;
  private final String problem;

  OverlayFileException(String file, int line, String entry, String problem) {
    super(file + ":" + line + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
    this.file = file;
    this.line = line;
    this.entry = entry;
    this.problem = problem;
  }

  /** Returns the file's name, as given to the loader. */
  public String file() {
    return file;
  }

  /** Returns the line of the mistake, counting from 1. */
  public int line() {
    return line;
  }

  /** Returns the entry, such as {@code overlay 1 "…", rule 2}; empty for the file as a whole. */
  public String entry() {
    return entry;
  }

  /** Returns what is wrong. */
  public String problem() {
    return problem;
  }
}
