package io.github.rapolicy.rules;

/**
 * Thrown when a policy is assembled from overlays two of whose rules contradict each other on the
 * same point, on some day both are in force: the library reports the contradiction, naming both
 * rules and the periods of their overlays, instead of resolving it.
 *
 * <pre>{@code
 * try {
 *   Policy.ofNotice().withOverlay(reform).withOverlay(university);
 * } catch (ConflictingOverlaysException e) {
 *   e.firstOverlay().name();  e.firstRule();
 *   e.secondOverlay().name(); e.secondRule();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ConflictingOverlaysException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // overlays are values, not meant for serialisation
  private final Overlay firstOverlay;

  @SuppressWarnings("serial")
  private final OverlayRule firstRule;

  @SuppressWarnings("serial")
  private final Overlay secondOverlay;

  @SuppressWarnings("serial")
  private final OverlayRule secondRule;

  ConflictingOverlaysException(
      Overlay firstOverlay, OverlayRule firstRule, Overlay secondOverlay, OverlayRule secondRule) {
    super(
        "overlay rules contradict each other: \""
            + firstRule.english()
            + "\" ("
            + firstOverlay.name()
            + ", "
            + firstOverlay.source()
            + period(firstOverlay)
            + ") "
            + firstRule.effect()
            + " "
            + firstRule.verdict()
            + ", while \""
            + secondRule.english()
            + "\" ("
            + secondOverlay.name()
            + ", "
            + secondOverlay.source()
            + period(secondOverlay)
            + ") "
            + secondRule.effect()
            + " "
            + secondRule.verdict());
    this.firstOverlay = firstOverlay;
    this.firstRule = firstRule;
    this.secondOverlay = secondOverlay;
    this.secondRule = secondRule;
  }

  /** The overlay's period, where it has one: the two contradict on the days the periods share. */
  private static String period(Overlay overlay) {
    return overlay.inForce().isAlways() ? "" : ", " + overlay.inForce().describe(Language.ENGLISH);
  }

  /** Returns the overlay of the first rule. */
  public Overlay firstOverlay() {
    return firstOverlay;
  }

  /** Returns the first of the contradicting rules. */
  public OverlayRule firstRule() {
    return firstRule;
  }

  /** Returns the overlay of the second rule. */
  public Overlay secondOverlay() {
    return secondOverlay;
  }

  /** Returns the second of the contradicting rules. */
  public OverlayRule secondRule() {
    return secondRule;
  }
}
