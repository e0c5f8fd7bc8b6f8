package io.github.rapolicy.notice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * Notice 工信部联规〔2024〕122号 of MIIT and seven other departments on developing research-assistant
 * (科研助理) positions to recruit university graduates: its identity and its clause catalogue.
 *
 * <pre>{@code
 * Notice notice = Notice.instance();
 * notice.number();                                  // "工信部联规〔2024〕122号"
 * notice.dateOfIssue();                             // 2024-06-25
 * notice.isInForceOn(LocalDate.of(2024, 7, 1));     // true
 * notice.clause("3.3.4").gloss();                   // "Where a unit puts balance funds retained …"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Notice {

  /**
   * The class-path resource holding the notice's original text, verbatim, in UTF-8: the text every
   * {@link Clause#original()} is taken from.
   */
  public static final String TEXT_RESOURCE = "/io/github/rapolicy/notice/notice-2024-122.zh.txt";

  private static final Notice INSTANCE = new Notice();

  private static final LocalDate DATE_OF_ISSUE = LocalDate.of(2024, 6, 25);

  private final ImmutableList<Clause> clauses = ImmutableList.copyOf(Clause.values());
  private final ImmutableList<IssuingBody> issuers = ImmutableList.copyOf(IssuingBody.values());
  private final ImmutableList<Addressee> addressees = ImmutableList.copyOf(Addressee.values());

  private Notice() {}

  /** Returns the notice, the one instance of this class. */
  public static Notice instance() {
    return INSTANCE;
  }

  /** Returns the document number, {@code 工信部联规〔2024〕122号} ({@link Clause#NUMBER}). */
  public String number() {
    return Clause.NUMBER.original();
  }

  /** Returns the Chinese title ({@link Clause#TITLE}). */
  public String title() {
    return Clause.TITLE.original();
  }

  /** Returns the English working title. */
  public String englishTitle() {
    return Clause.TITLE.gloss();
  }

  /** Returns the date of issue, 25 June 2024 ({@link Clause#DATE}). */
  public LocalDate dateOfIssue() {
    return DATE_OF_ISSUE;
  }

  /**
   * Returns whether the notice has been issued on {@code date}: true from its date of issue, 25
   * June 2024, on. Questions dated earlier are not answered by this notice.
   */
  public boolean isInForceOn(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(DATE_OF_ISSUE);
  }

  /** Returns the eight issuing departments in the order they sign ({@link Clause#ISSUERS}). */
  public ImmutableList<IssuingBody> issuers() {
    return issuers;
  }

  /** Returns the bodies the notice is addressed to ({@link Clause#ADDRESSEES}). */
  public ImmutableList<Addressee> addressees() {
    return addressees;
  }

  /** Returns every clause in document order, from the title to the date. */
  public ImmutableList<Clause> clauses() {
    return clauses;
  }

  /**
   * Returns the clause with this ID, such as {@code "3.3.3"}.
   *
   * @throws UnknownClauseException if the notice has no clause {@code id}
   */
  public Clause clause(String id) {
    return Clause.parse(id);
  }

  /** Returns the number and title, such as {@code "工信部联规〔2024〕122号 工业和信息化部等八部门关于…"}. */
  @Override
  public String toString() {
    return number() + " " + title();
  }
}
