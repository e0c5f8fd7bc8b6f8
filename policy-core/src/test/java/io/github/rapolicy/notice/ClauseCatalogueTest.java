package io.github.rapolicy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The clause catalogue ({@link Clause}) against the notice's original text as shipped in the
 * resource {@link Notice#TEXT_RESOURCE}: no sentence missing, altered, duplicated or out of order,
 * and every ID and article naming the place its sentence stands in.
 */
class ClauseCatalogueTest {

  private static final List<Clause> CATALOGUE = Arrays.asList(Clause.values());

  @Test
  void catalogueInOrderIsTheWholeNoticeText() {
    String text = CatalogueWalk.noticeText();

    assertThat(text).startsWith(Clause.TITLE.original());
    assertThatCode(() -> CatalogueWalk.walk(text, CATALOGUE)).doesNotThrowAnyException();
  }

  @Test
  void everyOriginalOccursInTheTextExactlyOnce() {
    String text = CatalogueWalk.noticeText();

    List<String> notExactlyOnce = new ArrayList<>();
    for (Clause clause : Clause.values()) {
      // The issuers stand one per line in the text; the clause joins them with 、.
      String inText =
          clause == Clause.ISSUERS
              ? String.join("\n", CatalogueWalk.issuerLines())
              : clause.original();
      int count = occurrences(text, inText);
      if (count != 1) {
        notExactlyOnce.add(clause.id() + " occurs " + count + " times");
      }
    }
    assertThat(notExactlyOnce)
        .as("clauses whose original is not in the text exactly once")
        .isEmpty();
  }

  @Test
  void issuersClauseListsTheSignatureBlockLinesInNoticeOrder() {
    // 落款: one issuer per line in the text, joined by 、 in the catalogue.
    assertThat(CatalogueWalk.issuerLines())
        .hasSize(8)
        .containsExactlyElementsOf(
            Notice.instance().issuers().stream()
                .map(IssuingBody::chineseName)
                .collect(Collectors.toList()));
    String text = CatalogueWalk.noticeText();
    List<String> lines = Splitter.on('\n').splitToList(text);
    int first = lines.indexOf(CatalogueWalk.issuerLines().get(0));
    assertThat(first).isPositive();
    assertThat(lines.subList(first, first + 8)).isEqualTo(CatalogueWalk.issuerLines());
    assertThat(lines.get(first + 8)).isEqualTo(Clause.DATE.original());
  }

  @Test
  void converterArtefactIsNotPartOfAnyClause() {
    for (Clause clause : Clause.values()) {
      assertThat(clause.original()).as(clause.id()).doesNotContain("bookmark").doesNotContain("[");
    }
  }

  @Test
  void addresseesLineEndsWithTheColonTheCatalogueLeavesOff() {
    String text = CatalogueWalk.noticeText();

    assertThat(text).contains(Clause.ADDRESSEES.original() + "：\n");
    assertThat(Clause.ADDRESSEES.original()).doesNotEndWith("：");
  }

  // The walk must be able to fail: each test below breaks the text or the order in one way and
  // expects the failure to name the clause where catalogue and text part.

  @Test
  void walkNamesTheClauseWhoseSentenceWasAltered() {
    // 3.3.3: the labour-fee rule, with one character changed.
    String altered = CatalogueWalk.noticeText().replace("“劳务费”科目资金可按照", "“劳务费”科目资金均可按照");

    assertThatThrownBy(() -> CatalogueWalk.walk(altered, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause 3.3.3 diverges");
  }

  @Test
  void walkNamesTheClauseWhoseSentenceIsMissing() {
    String missing = CatalogueWalk.noticeText().replace(Clause.C3_3_4.original(), "");

    assertThatThrownBy(() -> CatalogueWalk.walk(missing, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause 3.3.4 diverges");
  }

  @Test
  void walkNamesTheClauseWhereADuplicatedSentenceStands() {
    String text = CatalogueWalk.noticeText();
    String duplicated =
        text.replace(Clause.C2_2_3.original(), Clause.C2_2_3.original() + Clause.C2_2_3.original());

    assertThatThrownBy(() -> CatalogueWalk.walk(duplicated, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause 2.3.1");
  }

  @Test
  void walkNamesTheFirstClauseOutOfOrder() {
    List<Clause> swapped = new ArrayList<>(CATALOGUE);
    int i = swapped.indexOf(Clause.C3_3_3);
    swapped.set(i, Clause.C3_3_4);
    swapped.set(i + 1, Clause.C3_3_3);

    assertThatThrownBy(() -> CatalogueWalk.walk(CatalogueWalk.noticeText(), swapped))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause 3.3.4 diverges");
  }

  @Test
  void walkNamesTheIssuersWhenTheSignatureBlockIsReordered() {
    String reordered = CatalogueWalk.noticeText().replace("\n教育部\n财政部\n", "\n财政部\n教育部\n");

    assertThatThrownBy(() -> CatalogueWalk.walk(reordered, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause issuers diverges")
        .hasMessageContaining("issuer 3 of 8");
  }

  @Test
  void walkRejectsTextAfterTheLastClause() {
    String extra = CatalogueWalk.noticeText() + "\n（此件公开发布）\n";

    assertThatThrownBy(() -> CatalogueWalk.walk(extra, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("after the last clause (date)")
        .hasMessageContaining("（此件公开发布）");
  }

  @Test
  void walkRejectsTextTheCatalogueLacks() {
    List<Clause> withoutLast = CATALOGUE.subList(0, CATALOGUE.size() - 1);

    assertThatThrownBy(() -> CatalogueWalk.walk(CatalogueWalk.noticeText(), withoutLast))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("after the last clause (issuers)")
        .hasMessageContaining(Clause.DATE.original());
  }

  @Test
  void walkRejectsAHeadingThatIsNotAlone() {
    // A heading only separates sentences when it is a line of its own.
    String joined = CatalogueWalk.noticeText().replace("三、保障措施\n（一）", "三、保障措施（一）");

    assertThatThrownBy(() -> CatalogueWalk.walk(joined, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause 3.1.1 diverges");
  }

  @Test
  void walkNamesAClauseWhoseIdDisagreesWithItsItem() {
    // Dropping the enumerator （二） of 二（二） leaves 2.2.1 standing as a fourth sentence of 二（一）.
    String text = CatalogueWalk.noticeText().replace("\n（二）国家高新区", "\n国家高新区");

    assertThatThrownBy(() -> CatalogueWalk.walk(text, CATALOGUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause 2.2.1 is misplaced");
  }

  @Test
  void walkAcceptsTheCatalogueOnlyInDocumentOrder() {
    // Sanity of the order check itself: the reversed catalogue fails on its first clause.
    List<Clause> reversed = Lists.reverse(ImmutableList.copyOf(CATALOGUE));

    assertThatThrownBy(() -> CatalogueWalk.walk(CatalogueWalk.noticeText(), reversed))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("clause date diverges");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
