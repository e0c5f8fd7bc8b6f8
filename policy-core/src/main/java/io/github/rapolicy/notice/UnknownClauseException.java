package io.github.rapolicy.notice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when an ID names no clause of the notice's catalogue.
 *
 * <pre>{@code
 * try {
 *   Clause.parse("3.3.9");
 * } catch (UnknownClauseException e) {
 *   e.id(); // "3.3.9"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnknownClauseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /** Creates an exception for {@code id}, which names no clause of the notice. */
  public UnknownClauseException(String id) {
    super(
        "notice 工信部联规〔2024〕122号 has no clause \""
            + checkNotNull(id, "id")
            + "\"; IDs look like 3.3.3 (section.item.sentence) or title, number, addressees,"
            + " issuers, date");
    this.id = id;
  }

  /** Returns the ID as given. */
  public String id() {
    return id;
  }
}
