package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cache of cells read lately: a value found is always the one kept for exactly that text, and
 * the cache never grows.
 */
class RecentCellsTest {

  @Test
  void findsWhatWasKeptForAnEqualText() {
    RecentCells<Integer> cells = new RecentCells<>(64);
    cells.keep("2024-09", 9);

    assertThat(cells.find(new String("2024-09".toCharArray()))).isEqualTo(9);
    assertThat(cells.find("2024-10")).isNull();
    assertThat(cells.find("")).isNull();
  }

  @Test
  void aTextKeptInAnOccupiedSlotTakesItAndTheTextBeforeIsReadAgain() {
    RecentCells<Integer> cells = new RecentCells<>(1); // one slot: every text shares it
    cells.keep("6500.00", 650_000);
    cells.keep("6000.00", 600_000);

    assertThat(cells.find("6500.00")).isNull();
    assertThat(cells.find("6000.00")).isEqualTo(600_000);

    cells.keep("6000.00", 1);
    assertThat(cells.find("6000.00")).as("kept again, replaced").isEqualTo(1);
  }

  @Test
  void theSizeMustBeAPowerOfTwo() {
    for (int size : new int[] {0, -8, 3, 1000}) {
      assertThatThrownBy(() -> new RecentCells<>(size))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size must be a power of two: " + size);
    }
    assertThat(new RecentCells<String>(1).find("x")).isNull();
  }

  @Test
  @DisplayName(
      "after any keeps, a text is found as the last value kept for it or not at all, and a text"
          + " just kept is found")
  void foundIsAlwaysTheLastValueKeptForThatText() {
    AtomicInteger found = new AtomicInteger();
    AtomicInteger missed = new AtomicInteger();
    Gen gen = Gen.seeded("recent-cells");
    Property.forAll(
        IntStream.range(0, Property.TRIES).mapToObj(i -> operations(gen)),
        operations -> {
          RecentCells<String> cells = new RecentCells<>(4); // few slots, so texts collide
          Map<String, String> lastKept = new HashMap<>();
          for (String[] operation : operations) {
            String text = operation[0];
            if (operation.length == 2) {
              cells.keep(text, operation[1]);
              lastKept.put(text, operation[1]);
              assertThat(cells.find(text)).isEqualTo(operation[1]);
            } else {
              String value = cells.find(text);
              if (value == null) {
                missed.incrementAndGet();
              } else {
                found.incrementAndGet();
                assertThat(value).isEqualTo(lastKept.get(text));
              }
            }
          }
        });
    assertThat(found.get()).as("finds that found a value").isPositive();
    assertThat(missed.get()).as("finds that found none").isPositive();
  }

  /** Keeps ({@code {text, value}}) and finds ({@code {text}}) over a dozen texts. */
  private static List<String[]> operations(Gen gen) {
    List<String[]> operations = new ArrayList<>();
    long count = gen.longBetween(1, 40);
    for (int i = 0; i < count; i++) {
      String text = "T" + gen.longBetween(0, 11);
      operations.add(
          gen.longBetween(0, 1) == 0
              ? new String[] {text, text + "=" + gen.longBetween(0, 3)}
              : new String[] {text});
    }
    return operations;
  }

  @Test
  void threadsKeepingAndFindingAtOnceNeverSeeAnotherTextsValue() throws InterruptedException {
    RecentCells<String> cells = new RecentCells<>(8);
    List<Thread> threads = new ArrayList<>();
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int offset = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 200_000; i++) {
                  String text = "cell-" + ((i + offset) % 37);
                  String value = cells.find(text);
                  if (value == null) {
                    cells.keep(text, text + "!");
                  } else if (!value.equals(text + "!")) {
                    wrong.add(text + " -> " + value);
                  }
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wrong).isEmpty();
  }
}
