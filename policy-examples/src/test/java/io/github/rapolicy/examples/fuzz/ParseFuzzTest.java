package io.github.rapolicy.examples.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.base.CharMatcher;
import com.google.common.reflect.ClassPath;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of policy-core's parsers, as a finance system calls them with what its
 * users typed. In {@code ./mvnw verify} they run in regression mode on the inputs kept in {@code
 * src/test/resources/io/github/rapolicy/examples/fuzz/ParseFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} Jazzer fuzzes one of them (the README's "Reliability").
 *
 * <p>Each asserts: no exception other than the documented one escapes, a parse that succeeds
 * round-trips, and (the timeout) no input takes long.
 */
class ParseFuzzTest {

  /** Every vocabulary of the notice: the {@link Term} enumerations with a {@code parse(String)}. */
  static final List<Method> VOCABULARIES = vocabularies();

  /**
   * {@link Money#parse}: an amount, or an {@link IllegalArgumentException} that quotes the text.
   * An amount prints as it parsed, to the fen, and reads back as itself.
   */
  @FuzzTest
  @Timeout(10)
  void money(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    Money money;
    try {
      money = Money.parse(text);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining(text);
      return;
    }
    assertThat(Money.parse(money.toString())).isEqualTo(money);
    assertThat(money.toYuan()).isEqualByComparingTo(new BigDecimal(CharMatcher.whitespace().trimFrom(text)));
    assertThat(Money.ofFen(money.toFen())).isEqualTo(money);
  }

  /**
   * Every term's {@code parse}: a constant of that vocabulary, which parses back from its code,
   * Chinese and English names; or an {@link UnknownTermException} naming the label. The input is
   * {@code Vocabulary:label} in UTF-8, such as {@code FundKind:劳务费}; an unknown vocabulary name
   * picks one by its hash.
   */
  @FuzzTest
  @Timeout(10)
  void term(byte[] bytes) throws ReflectiveOperationException {
    String input = new String(bytes, UTF_8);
    int colon = input.indexOf(':');
    String name = colon < 0 ? "" : input.substring(0, colon);
    String label = input.substring(colon + 1);
    Method parse =
        VOCABULARIES.stream()
            .filter(m -> m.getDeclaringClass().getSimpleName().equals(name))
            .findFirst()
            .orElse(VOCABULARIES.get(Math.floorMod(name.hashCode(), VOCABULARIES.size())));
    Term term;
    try {
      term = parse(parse, label);
    } catch (UnknownTermException e) {
      assertThat(e.label()).isEqualTo(label);
      assertThat(e.vocabulary()).isEqualTo(parse.getDeclaringClass().getSimpleName());
      return;
    }
    assertThat(term).isInstanceOf(parse.getDeclaringClass());
    assertThat(parse(parse, label)).isSameAs(term);
    assertThat(parse(parse, term.code())).isSameAs(term);
    assertThat(parse(parse, term.chineseName())).isSameAs(term);
    assertThat(parse(parse, term.englishName())).isSameAs(term);
  }

  @Test
  void everyVocabularyIsFuzzed() {
    assertThat(VOCABULARIES).hasSizeGreaterThanOrEqualTo(20);
    assertThat(VOCABULARIES)
        .extracting(m -> m.getDeclaringClass().getSimpleName())
        .contains("FundKind", "CostKind", "PositionCategory", "UnitType", "Provision");
  }

  private static Term parse(Method parse, String label) throws ReflectiveOperationException {
    try {
      return (Term) parse.invoke(null, label);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static List<Method> vocabularies() {
    try {
      return ClassPath.from(Term.class.getClassLoader())
          .getTopLevelClassesRecursive("io.github.rapolicy")
          .stream()
          .filter(c -> !c.getPackageName().startsWith("io.github.rapolicy.examples"))
          .filter(c -> !c.getSimpleName().startsWith("Immutable") && !c.getSimpleName().endsWith("Test"))
          .map(ClassPath.ClassInfo::load)
          .filter(c -> c.isEnum() && Term.class.isAssignableFrom(c))
          .sorted(Comparator.comparing(Class::getName))
          .map(ParseFuzzTest::parseMethod)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Method parseMethod(Class<?> vocabulary) {
    try {
      Method parse = vocabulary.getMethod("parse", String.class);
      assertThat(Modifier.isStatic(parse.getModifiers())).isTrue();
      return parse;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(vocabulary + " is a Term without parse(String)", e);
    }
  }
}
