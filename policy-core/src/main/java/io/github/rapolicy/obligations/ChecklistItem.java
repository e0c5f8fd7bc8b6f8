package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.rapolicy.internal.Identifiers;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Language;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a unit's {@link Checklist}: a {@link Provision} of the notice, its status for the
 * unit and, for the service agreement, the position it is about.
 *
 * <pre>{@code
 * for (ChecklistItem item : checklist.items()) {
 *   item.provision();                  // SERVICE_AGREEMENT
 *   item.positionId();                 // Optional[RA-2024-017]
 *   item.status();                     // NOT_MET
 *   item.clause();                     // 3.3.2
 *   item.describe(Language.ENGLISH);   // position RA-2024-017: a unit that sets up … — not met: …
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; items are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ChecklistItem {

  ChecklistItem() {}

  static ChecklistItem of(Provision provision, ItemStatus status) {
    return ImmutableChecklistItem.builder().provision(provision).status(status).build();
  }

  static ChecklistItem ofPosition(Provision provision, ItemStatus status, String positionId) {
    return ImmutableChecklistItem.builder()
        .provision(provision)
        .status(status)
        .positionId(positionId)
        .build();
  }

  /** Returns what the notice asks. */
  public abstract Provision provision();

  /** Returns the item's status for the unit. */
  public abstract ItemStatus status();

  /** Returns the position the item is about; present for the service agreement of a position. */
  public abstract Optional<String> positionId();

  /** Returns the clause the item rests on: its provision's clause. */
  public final Clause clause() {
    return provision().clause();
  }

  /** Returns whether the item is an obligation (应) rather than an encouragement (鼓励). */
  public final boolean isObligation() {
    return provision().isObligation();
  }

  /**
   * Returns the item in {@code language}, without quoting its clause: the position if any, what the
   * notice asks, the status and what it means, such as {@code "岗位 RA-1：设立科研助理岗位的单位，应根据国家有关规定
   * 签订服务协议——未履行：签订服务协议"}.
   */
  public final String describe(Language language) {
    checkNotNull(language, "language");
    StringBuilder text = new StringBuilder();
    positionId()
        .ifPresent(id -> text.append(language.pick("岗位 " + id + "：", "position " + id + ": ")));
    return text.append(provision().duty(language))
        .append(language.pick("——", " — "))
        .append(language.nameOf(status()))
        .append(language.pick("：", ": "))
        .append(provision().wording(status(), language))
        .toString();
  }

  @Value.Check
  final void check() {
    checkArgument(
        provision().isObligation()
            ? status().isForObligations()
            : status().isForEncouragements(),
        "%s is %s: it cannot be %s",
        provision(),
        provision().kind(),
        status());
    positionId()
        .ifPresent(id -> Identifiers.check("position id", id));
  }
}
