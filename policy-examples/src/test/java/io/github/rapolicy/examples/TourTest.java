package io.github.rapolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's main example runs, stays short, and shows what the README says it shows. */
class TourTest {

  private static String tour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsFourUnitsTheirPositionsAndExpensesInBothLanguages() {
    String tour = tour();

    assertThat(tour)
        .contains("1. 华东某大学 — 教育部所属高校")
        .contains("2. 中关村某科技有限公司 — 国家高新区内的专精特新中小企业")
        .contains("3. 某省材料研究所 — 省属科研院所")
        .contains("4. 某民营医院 — 通知未列举的单位")
        .contains("渠道 through: 二（一） 各类单位（中央单位） central units; 须发挥带头作用 must take the lead (3.1.3)")
        .contains("劳务性报酬 6500.00 → 劳务费 62301234   ✓ 允许 allowed  [0.0.1, 3.3.2, 3.3.3, 3.3.5]")
        .contains("劳务性报酬 6500.00 → 设备费 62301234   ✗ 不允许 not allowed")
        .contains("因为 通知只授权项目经费中的“劳务费”科目支付科研助理费用，其他科目本通知未授权")
        .contains("because the notice authorises only the labour-fee (劳务费) line")
        .contains("可改为 与科研助理签订服务协议")
        .contains("to change it: sign the service agreement with the research assistant")
        .contains("? 本通知未作决定 not decided by this notice  [0.0.3, 2.1.2, 2.2.2, 2.3.2]");
  }

  @Test
  void anOverlaySettlesTheHousingFund() {
    String tour = tour();

    assertThat(tour)
        .containsSubsequence(
            "住房公积金 780.00 → 劳务费 62301234   ? 本通知未作决定 not decided by this notice",
            "叠加规则 With an overlay: 中央财政科研经费管理改革（国办发〔2021〕32号）settles the open point:",
            "住房公积金 780.00 → 劳务费 62301234   ✓ 允许 allowed",
            "settled by overlay \"中央财政科研经费管理改革\" (国办发〔2021〕32号)");
  }

  @Test
  void isShortAndQuiet() throws Exception {
    Jvm.Result run = Jvm.run(Tour.class);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(tour());
    assertThat(run.out().lines()).hasSizeLessThan(100);
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("WARN").doesNotContain("INFO");
  }
}
