package io.github.rapolicy.examples.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * What a few cell texts seen lately were read as, so that the rows of a ledger that repeat a cell
 * (a month, a fund, an amount) share one value instead of each row making its own. A ledger check
 * keeps a cost's month, fund and actual amount until the ledger ends, for every distinct cost: a
 * value shared is memory and collector time saved, and a cell found here is not read again.
 *
 * <p>It holds {@code size} entries at most, one per slot of the text's hash: a text whose slot holds
 * another is read again and takes the slot. So it never grows, and a value found is always the one
 * {@link #keep} was given for exactly that text. Only values that are immutable, with final fields,
 * and read without a problem may be kept: a row that is found here must read as it would have been
 * read.
 *
 * <p>This class is thread-safe without locks: a slot holds one immutable entry, replaced whole, so
 * a thread sees an entry another thread kept either whole or not at all.
 *
 * @param <V> what a cell reads as
 */
final class RecentCells<V> {

  private record Entry<V>(String text, V value) {}

  private final @Nullable Entry<V>[] slots;

  @SuppressWarnings("unchecked")
  RecentCells(int size) {
    checkArgument(size > 0 && Integer.bitCount(size) == 1, "size must be a power of two: %s", size);
    this.slots = (@Nullable Entry<V>[]) new Entry<?>[size];
  }

  /** Returns what {@code text} was kept as, or null if it is not kept (now). */
  @Nullable V find(String text) {
    Entry<V> entry = slots[slot(text)];
    return entry != null && entry.text().equals(text) ? entry.value() : null;
  }

  /** Keeps {@code value} as what {@code text} reads as, in place of what its slot held. */
  void keep(String text, V value) {
    slots[slot(text)] = new Entry<>(text, value);
  }

  private int slot(String text) {
    int hash = text.hashCode();
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }
}
