package io.github.rapolicy;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.notice.Addressee;
import io.github.rapolicy.notice.ClauseKind;
import io.github.rapolicy.notice.IssuingBody;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;
import io.github.rapolicy.position.BasisKind;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.MainClasses;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.UnitType;
import io.github.rapolicy.unit.ZoneLevel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Term} contract, for every vocabulary of the library (found on the class path, so a
 * vocabulary added later is covered too): {@code parse} reads back the code, the Chinese name and
 * the English name, with any surrounding white space, and rejects every other string with an {@link
 * UnknownTermException} that names the string and lists the accepted labels.
 */
class TermProperties {

  /** The vocabularies the library had when these tests were written; all must be found. */
  private static final ImmutableList<Class<?>> KNOWN_VOCABULARIES =
      ImmutableList.of(
          ClauseKind.class,
          IssuingBody.class,
          Addressee.class,
          UnitType.class,
          Affiliation.class,
          Designation.class,
          ZoneLevel.class,
          PositionCategory.class,
          PositionOrigin.class,
          PlanProgramme.class,
          ProjectLevel.class,
          PlatformKind.class,
          BasisKind.class,
          CostKind.class,
          FundKind.class,
          BalanceCondition.class);

  static Stream<Class<?>> vocabularies() {
    return MainClasses.termEnums().stream();
  }

  @Test
  void everyKnownVocabularyIsFound() {
    assertThat(MainClasses.termEnums()).containsAll(KNOWN_VOCABULARIES);
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void vocabularyHasAStaticParseFactory(Class<?> vocabulary) throws NoSuchMethodException {
    Method parse = vocabulary.getMethod("parse", String.class);

    assertThat(Modifier.isStatic(parse.getModifiers())).isTrue();
    assertThat(parse.getReturnType()).isEqualTo(vocabulary);
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void labelsAreCleanAndTheCodeIsTheConstantName(Class<?> vocabulary) {
    for (Term term : terms(vocabulary)) {
      assertThat(term.code()).isEqualTo(((Enum<?>) term).name());
      for (String label : labels(term)) {
        assertThat(label).as("a label of %s", term).isNotBlank().isEqualTo(label.strip());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void everyLabelParsesBackToItsTermWhateverTheSurroundingWhitespace(Class<?> vocabulary) {
    Gen gen = Gen.seeded("term-labels-" + vocabulary.getSimpleName());
    List<LabelCase> cases = new ArrayList<>();
    for (Term term : terms(vocabulary)) {
      for (String label : labels(term)) {
        cases.add(new LabelCase(term, label));
        for (int i = 0; i < 10; i++) {
          cases.add(new LabelCase(term, gen.padded(label)));
        }
      }
    }
    forAll(cases.stream(), c -> assertThat(parse(vocabulary, c.label)).isSameAs(c.term));
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void everyOtherStringIsRejectedNamingItAndListingTheAcceptedLabels(Class<?> vocabulary) {
    List<String> labels = new ArrayList<>();
    for (Term term : terms(vocabulary)) {
      labels.addAll(labels(term));
    }
    Set<String> accepted = new LinkedHashSet<>(labels);
    List<String> codes = terms(vocabulary).stream().map(Term::code).collect(Collectors.toList());

    forAll(
        Gen.seeded("term-unknown-" + vocabulary.getSimpleName())
            .nearMisses(labels)
            .filter(s -> !accepted.contains(CharMatcher.whitespace().trimFrom(s))),
        label -> {
          UnknownTermException e =
              catchThrowableOfType(UnknownTermException.class, () -> parse(vocabulary, label));

          assertThat(e).as("parse(\"%s\") should throw UnknownTermException", label).isNotNull();
          assertThat(e.label()).isEqualTo(label);
          assertThat(e.vocabulary()).isEqualTo(vocabulary.getSimpleName());
          assertThat(e.acceptedLabels())
              .containsAll(codes)
              .containsExactlyInAnyOrderElementsOf(accepted);
          assertThat(e).hasMessageContaining("\"" + label + "\"");
        });
  }

  /** A label and the term it should parse to. */
  private static final class LabelCase {
    final Term term;
    final String label;

    LabelCase(Term term, String label) {
      this.term = term;
      this.label = label;
    }

    @Override
    public String toString() {
      return term.getClass().getSimpleName() + "." + term.code() + " <- \"" + label + "\"";
    }
  }

  private static List<Term> terms(Class<?> vocabulary) {
    Object[] constants = vocabulary.getEnumConstants();
    List<Term> terms = new ArrayList<>();
    for (Object constant : constants) {
      terms.add((Term) constant);
    }
    return terms;
  }

  /** A term's labels: code, names and synonyms. */
  private static List<String> labels(Term term) {
    List<String> labels = new ArrayList<>(List.of(term.code(), term.chineseName(), term.englishName()));
    labels.addAll(term.synonyms());
    return labels;
  }

  /** Calls {@code vocabulary.parse(label)}, rethrowing what it throws. */
  private static Object parse(Class<?> vocabulary, String label) throws Exception {
    try {
      return vocabulary.getMethod("parse", String.class).invoke(null, label);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw e;
    }
  }
}
