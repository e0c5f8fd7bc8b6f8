package io.github.rapolicy.examples.overlays;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's "From a Java program": a finance system that embeds the library loads an overlay
 * file from its text and asks with it. The README's snippet is taken from this test (ReadmeTest
 * checks it line by line).
 */
class OverlayFileExampleTest {

  /** A postdoctoral position, based on an NSFC project. */
  private static final Position POSTDOC =
      Position.builder()
          .id("RA-2024-031")
          .category(PositionCategory.POSTDOCTORAL_RESEARCH)
          .basis(
              PositionBasis.planProject(
                  PlanProject.of("62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
          .origin(PositionOrigin.NEW)
          .serviceAgreementSigned(true)
          .build();

  @Test
  @DisplayName("a finance system loads the university's file from its text and asks with it")
  void financeSystemLoadsAFileFromItsText() throws IOException {
    InputStream upload = new ByteArrayInputStream(Files.readAllBytes(Path.of("overlays/university.yaml")));
    Expense expense = Expense.of(POSTDOC, CostKind.LABOUR_REMUNERATION, Money.parse("9000.00"));
    FundingSource fund =
        FundingSource.retainedBalance(
            BalanceCondition.RETAINED_UNDER_RULES, BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);

    String text = new String(upload.readAllBytes(), StandardCharsets.UTF_8);
    OverlayFile file = OverlayFile.parse("university.yaml", text);   // io.github.rapolicy.examples.overlays
    Policy policy = file.layerOver(Policy.ofNotice());               // OverlayFileException on a mistake
    Answer answer = policy.on(LocalDate.of(2024, 9, 30)).mayCharge(expense, fund);
    answer.verdict();                                                 // NOT_ALLOWED: the university's 2024 rules
    answer.overlaysApplied();                                         // [某大学科研助理岗位管理办法 (某大学〔2024〕12号) …]

    assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(answer.overlaysApplied())
        .extracting(Overlay::source)
        .containsExactly("某大学〔2024〕12号");
    assertThat(Policy.ofNotice().on(LocalDate.of(2024, 9, 30)).mayCharge(expense, fund).verdict())
        .as("the notice alone")
        .isEqualTo(Verdict.ALLOWED);
    assertThat(policy.overlays()).isEqualTo(file.overlays());
    assertThat(policy).isEqualTo(OverlayFile.read(Path.of("overlays/university.yaml")).layerOver(Policy.ofNotice()));
  }
}
