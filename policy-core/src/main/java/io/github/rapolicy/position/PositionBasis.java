package io.github.rapolicy.position;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.rapolicy.internal.Identifiers;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a research-assistant position is based on (依托): an S&amp;T plan project, an innovation base
 * or platform, a project the unit organised itself, or nothing.
 *
 * <p>The basis decides which money the notice lets pay the position: it authorises a project's
 * labour-fee line for positions based on that project (3.3.3), and no other.
 *
 * <pre>{@code
 * PositionBasis basis = PositionBasis.planProject(
 *     PlanProject.of("2023YFB4400100", PlanProgramme.NATIONAL_KEY_RD_PROGRAMME));
 * basis.isPlanProject("2023YFB4400100"); // true
 * PositionBasis.selfOrganisedProject("自研-07"); // encouraged for units in national zones (2.2.2)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; bases are equal when their kind and subject are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PositionBasis {

  PositionBasis() {}

  /** Returns the basis "S&amp;T plan project {@code project}". */
  public static PositionBasis planProject(PlanProject project) {
    return ImmutablePositionBasis.builder()
        .kind(BasisKind.PLAN_PROJECT)
        .planProject(project)
        .build();
  }

  /** Returns the basis "innovation base or platform {@code platform}". */
  public static PositionBasis platform(InnovationPlatform platform) {
    return ImmutablePositionBasis.builder()
        .kind(BasisKind.INNOVATION_PLATFORM)
        .platform(platform)
        .build();
  }

  /** Returns the basis "the self-organised project {@code projectId}" (自行组织的项目, 2.2.2). */
  public static PositionBasis selfOrganisedProject(String projectId) {
    return ImmutablePositionBasis.builder()
        .kind(BasisKind.SELF_ORGANISED_PROJECT)
        .selfOrganisedProjectId(projectId)
        .build();
  }

  /** Returns the basis "no project or platform". */
  public static PositionBasis none() {
    return ImmutablePositionBasis.builder().kind(BasisKind.NONE).build();
  }

  /** Returns what kind of thing the position is based on. */
  public abstract BasisKind kind();

  /** Returns the plan project, present exactly when the kind is {@link BasisKind#PLAN_PROJECT}. */
  public abstract Optional<PlanProject> planProject();

  /** Returns the platform, present exactly when the kind is {@link BasisKind#INNOVATION_PLATFORM}. */
  public abstract Optional<InnovationPlatform> platform();

  /**
   * Returns the self-organised project's identifier, present exactly when the kind is {@link
   * BasisKind#SELF_ORGANISED_PROJECT}.
   */
  public abstract Optional<String> selfOrganisedProjectId();

  /** Returns whether the position is based on the plan project identified by {@code projectId}. */
  public final boolean isPlanProject(String projectId) {
    return checkNotNull(projectId, "projectId").equals(planProjectId());
  }

  /** The plan project's ID, or null: kept with the value so that the hot path allocates nothing. */
  @Value.Derived
  @Value.Auxiliary
  @Nullable String planProjectId() {
    return planProject().map(PlanProject::id).orElse(null);
  }

  @Value.Check
  final void check() {
    checkArgument(
        planProject().isPresent() == (kind() == BasisKind.PLAN_PROJECT)
            && platform().isPresent() == (kind() == BasisKind.INNOVATION_PLATFORM)
            && selfOrganisedProjectId().isPresent() == (kind() == BasisKind.SELF_ORGANISED_PROJECT),
        "a basis of kind %s must carry exactly its own subject",
        kind());
    selfOrganisedProjectId()
        .ifPresent(id -> Identifiers.check("project id", id));
  }
}
