package io.github.rapolicy.position;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.rapolicy.internal.Identifiers;
import org.immutables.value.Value;

/**
 * An S&amp;T plan project (科技计划项目) a unit undertakes, identified as the caller's records identify
 * it, with its programme and level.
 *
 * <pre>{@code
 * PlanProject nsfc = PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION);
 * PlanProject provincial =
 *     PlanProject.of("ZJ-2024-KJ-088", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.PROVINCIAL);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; projects are equal when their ID, programme and level
 * are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanProject {

  PlanProject() {}

  /**
   * Returns the project {@code id} of a national programme named in 3.2.2.
   *
   * @throws IllegalArgumentException if {@code programme} is {@link
   *     PlanProgramme#NOT_NAMED_BY_NOTICE}, whose level must be given
   */
  public static PlanProject of(String id, PlanProgramme programme) {
    checkNotNull(id, "id");
    checkNotNull(programme, "programme");
    checkArgument(
        programme.isNamedByNotice(),
        "the level of a project of a programme the notice does not name must be given: %s",
        id);
    return of(id, programme, ProjectLevel.NATIONAL);
  }

  /** Returns the project {@code id} of {@code programme} at {@code level}. */
  public static PlanProject of(String id, PlanProgramme programme, ProjectLevel level) {
    return ImmutablePlanProject.of(id, programme, level);
  }

  /** Returns the project's identifier, such as its grant number. */
  @Value.Parameter
  public abstract String id();

  /** Returns the programme the project belongs to. */
  @Value.Parameter
  public abstract PlanProgramme programme();

  /** Returns the level of government that runs the project. */
  @Value.Parameter
  public abstract ProjectLevel level();

  @Value.Check
  final void check() {
    Identifiers.check("project id", id());
    checkArgument(
        !programme().isNamedByNotice() || level() == ProjectLevel.NATIONAL,
        "%s is a national programme; project %s cannot be of level %s",
        programme(),
        id(),
        level());
  }
}
