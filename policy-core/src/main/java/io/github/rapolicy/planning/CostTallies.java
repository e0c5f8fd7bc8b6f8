package io.github.rapolicy.planning;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link LedgerAudit.Session} knows of each distinct cost so far, kept in a few arrays, not
 * in objects of its own: a cost's key, its actual amount and the line that gave it, its running
 * total, what each fund was charged for it net of reversals, and its first {@link
 * LedgerAudit#LINES_KEPT} lines' references.
 *
 * <p>A session keeps every cost to the ledger's end. Kept as objects (a map node, a key, a tally and
 * the strings they hold, eight objects a cost), every young collection copied each cost made since
 * the one before, and the ledger check on a ledger of 690,000 costs in 1,000,000 lines spent about
 * half its time in those pauses; in arrays there is nothing for the collector to follow. Each cost
 * has an index, in the order the costs were first seen; its numbers are {@value #LONGS} longs one
 * after another in {@code longs} (one cache line), its references {@value #REFS} in {@code refs},
 * and the characters of its key and of its kept lines' references lie together in {@code chars},
 * in a block of the cost's own:
 *
 * <ul>
 *   <li>first the key: the position identifier's length in two characters, the identifier and the
 *       caller's name of a kind the notice does not name (empty for a named kind);
 *   <li>then the kept lines' references one after another, where each ends being what {@code
 *       lineEnds} says, as {@link AuditAnswer} reads it.
 * </ul>
 *
 * <p>So a look-up that compares the key has the first lines' references at hand, and an answer's
 * references are one copy, not one read of memory after another. A block is made with room for a
 * few references like its cost's first line; a reference that does not fit moves the block to the
 * end of {@code chars}, with room for all the references a cost keeps if they are as long as those
 * so far (up to {@link LedgerAudit#LINE_NAMES_KEPT} characters), and leaves its old place unused:
 * most costs have a line or two, and those with more are moved once.
 *
 * <p>Slots of {@code slots} hold a cost's index plus one, 0 where empty, found by the key's hash
 * with linear probing; at most half the slots are in use.
 *
 * <p>Mutable and not thread-safe, as its session. The strings it returns are new and immutable.
 */
final class CostTallies {

  // The longs of a cost.
  /** Where the key's characters start in {@code chars} (high half) and how many (low half). */
  private static final int KEY = 0;
  /** The month and the kind, as {@link #kindMonth} packs them. */
  private static final int KIND_MONTH = 1;
  /** The running total, in fen. */
  private static final int TOTAL = 2;
  private static final int FIRST_FUND_FEN = 3;
  private static final int SECOND_FUND_FEN = 4;
  /** Where each kept line's reference ends, as {@link AuditAnswer#lineEnd} reads it. */
  private static final int LINE_ENDS = 5;
  /** How many characters the cost's block in {@code chars} has room for, its key's included. */
  private static final int ROOM = 6;
  /** How many lines were counted (high half) and the key's hash (low half). */
  private static final int COUNT_HASH = 7;

  static final int LONGS = 8;

  // The references of a cost.
  private static final int ACTUAL = 0;
  /** The line that gave the actual amount, until it is kept as the first line. */
  private static final int ACTUAL_LINE = 1;
  private static final int FIRST_FUND = 2;
  private static final int SECOND_FUND = 3;
  /** The third and later funds, a {@link MoreFunds}, for the few costs split over three or more. */
  private static final int MORE_FUNDS = 4;

  static final int REFS = 5;

  private static final int KINDS = CostKind.values().length;
  private static final int FIRST_COSTS = 64;
  /** How many references like its first line a cost's block has room for at first. */
  private static final int FIRST_ROOM_LINES = 2;

  private long[] longs = new long[FIRST_COSTS * LONGS];
  private @Nullable Object[] refs = new Object[FIRST_COSTS * REFS];
  private int[] slots = new int[2 * FIRST_COSTS];
  private char[] chars = new char[FIRST_COSTS * 32];
  private int charCount;
  private int size;

  /** Returns the number of distinct costs. */
  int size() {
    return size;
  }

  /** Returns the index of {@code key}'s cost, or -1 if it has none. */
  int find(CostKey key) {
    return slots[slotOf(key, kindMonth(key))] - 1;
  }

  /**
   * Returns the slot of {@code key}'s cost, or the empty slot where it would go. The probes are
   * bounded by the slots, although one is always empty, so that no change to the probing can loop.
   */
  private int slotOf(CostKey key, long kindMonth) {
    int mask = slots.length - 1;
    int slot = firstSlot(key.hashCode(), mask);
    for (int probes = 0; probes < slots.length; probes++, slot = (slot + 1) & mask) {
      int cost = slots[slot] - 1;
      if (cost < 0 || matches(cost, key, kindMonth)) {
        return slot;
      }
    }
    throw new IllegalStateException("no empty slot among " + slots.length + " for " + size + " costs");
  }

  /**
   * Returns the index of {@code key}'s cost, made with {@code actual} from {@code line} if it has
   * none yet.
   */
  int findOrAdd(CostKey key, Money actual, String line) {
    long kindMonth = kindMonth(key);
    int slot = slotOf(key, kindMonth);
    if (slots[slot] != 0) {
      return slots[slot] - 1;
    }
    int cost = add(key, kindMonth, actual, line);
    slots[slot] = cost + 1;
    if (2 * size > slots.length) {
      rehash(2 * slots.length);
    }
    return cost;
  }

  private static int firstSlot(int hash, int mask) {
    int spread = hash * 0x9E3779B9; // the hash's high bits brought down to the few a slot takes
    return (spread ^ spread >>> 16) & mask;
  }

  private static long kindMonth(CostKey key) {
    return (key.month().getYear() * 12L + key.month().getMonthValue() - 1) * KINDS + key.kind().ordinal();
  }

  private boolean matches(int cost, CostKey key, long kindMonth) {
    int at = cost * LONGS;
    if ((int) longs[at + COUNT_HASH] != key.hashCode() || longs[at + KIND_MONTH] != kindMonth) {
      return false;
    }
    String position = key.positionId();
    String other = key.otherKindName();
    int start = (int) (longs[at + KEY] >>> 32);
    return (int) longs[at + KEY] == 2 + position.length() + other.length()
        && chars[start] == (char) (position.length() >>> 16)
        && chars[start + 1] == (char) position.length()
        && regionEquals(start + 2, position)
        && regionEquals(start + 2 + position.length(), other);
  }

  private boolean regionEquals(int start, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (chars[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int add(CostKey key, long kindMonth, Money actual, String line) {
    int cost = size;
    if ((cost + 1) * LONGS > longs.length) {
      longs = Arrays.copyOf(longs, 2 * longs.length);
      refs = Arrays.copyOf(refs, 2 * refs.length);
    }
    String position = key.positionId();
    String other = key.otherKindName();
    int length = 2 + position.length() + other.length();
    // Room for the first few references, if they are as long as this line's.
    int room = length + Math.min(LedgerAudit.LINE_NAMES_KEPT, FIRST_ROOM_LINES * line.length());
    int start = reserve(room);
    chars[start] = (char) (position.length() >>> 16);
    chars[start + 1] = (char) position.length();
    position.getChars(0, position.length(), chars, start + 2);
    other.getChars(0, other.length(), chars, start + 2 + position.length());
    int at = cost * LONGS;
    longs[at + KEY] = (long) start << 32 | length;
    longs[at + ROOM] = room;
    longs[at + KIND_MONTH] = kindMonth;
    longs[at + COUNT_HASH] = key.hashCode() & 0xffffffffL;
    refs[cost * REFS + ACTUAL] = actual;
    refs[cost * REFS + ACTUAL_LINE] = line;
    size++;
    return cost;
  }

  /** Returns where {@code length} characters just made room for at the end of {@code chars} start. */
  private int reserve(int length) {
    int start = charCount;
    int end = Math.addExact(start, length);
    if (end > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(end, chars.length + (chars.length >> 1)));
    }
    charCount = end;
    return start;
  }

  private void rehash(int capacity) {
    int[] rehashed = new int[capacity];
    int mask = capacity - 1;
    for (int cost = 0; cost < size; cost++) {
      int slot = firstSlot((int) longs[cost * LONGS + COUNT_HASH], mask);
      for (int probes = 0; rehashed[slot] != 0 && probes < capacity; probes++) {
        slot = (slot + 1) & mask;
      }
      rehashed[slot] = cost + 1;
    }
    slots = rehashed;
  }

  /**
   * Returns the cost's actual amount, as an amount of its own: the text an answer's reasons make of
   * it stays with the answer, not with the cost to the ledger's end, where each young collection
   * would copy a string for every cost made since the one before.
   */
  Money actual(int cost) {
    return Money.ofFen(actualFen(cost));
  }

  long actualFen(int cost) {
    return ((Money) refs[cost * REFS + ACTUAL]).toFen();
  }

  long totalFen(int cost) {
    return longs[cost * LONGS + TOTAL];
  }

  long lineEnds(int cost) {
    return longs[cost * LONGS + LINE_ENDS];
  }

  int lineCount(int cost) {
    return (int) (longs[cost * LONGS + COUNT_HASH] >>> 32);
  }

  /** Returns the cost's kept lines' references, one after another, as a new string. */
  String lineNames(int cost) {
    int kept = AuditAnswer.keptLines(lineEnds(cost));
    return kept == 0
        ? ""
        : new String(chars, namesStart(cost), AuditAnswer.lineEnd(lineEnds(cost), kept - 1));
  }

  /** Returns where the cost's kept references start in {@code chars}: after its key. */
  private int namesStart(int cost) {
    long key = longs[cost * LONGS + KEY];
    return (int) (key >>> 32) + (int) key;
  }

  /** Returns the line that gave the cost its actual amount. */
  String actualLine(int cost) {
    String line = (String) refs[cost * REFS + ACTUAL_LINE];
    if (line != null) {
      return line;
    }
    return new String(chars, namesStart(cost), AuditAnswer.lineEnd(lineEnds(cost), 0));
  }

  /** Returns what {@code fund} was charged for the cost so far, net of reversals. */
  long chargedTo(int cost, FundingSource fund) {
    int at = cost * REFS;
    if (fund.equals(refs[at + FIRST_FUND])) {
      return longs[cost * LONGS + FIRST_FUND_FEN];
    }
    if (fund.equals(refs[at + SECOND_FUND])) {
      return longs[cost * LONGS + SECOND_FUND_FEN];
    }
    MoreFunds more = (MoreFunds) refs[at + MORE_FUNDS];
    return more == null ? 0 : more.chargedTo(fund);
  }

  /**
   * Counts the line {@code line}, which charges {@code fund} and changes the cost's running total
   * by {@code fen}.
   *
   * @throws ArithmeticException if the running total would exceed 2⁶³ − 1 fen
   */
  void count(int cost, String line, FundingSource fund, long fen) {
    int at = cost * LONGS;
    longs[at + TOTAL] = Math.addExact(longs[at + TOTAL], fen);
    int refsAt = cost * REFS;
    if (refs[refsAt + FIRST_FUND] == null || fund.equals(refs[refsAt + FIRST_FUND])) {
      refs[refsAt + FIRST_FUND] = fund;
      longs[at + FIRST_FUND_FEN] += fen;
    } else if (refs[refsAt + SECOND_FUND] == null || fund.equals(refs[refsAt + SECOND_FUND])) {
      refs[refsAt + SECOND_FUND] = fund;
      longs[at + SECOND_FUND_FEN] += fen;
    } else {
      MoreFunds more = (MoreFunds) refs[refsAt + MORE_FUNDS];
      if (more == null) {
        more = new MoreFunds();
        refs[refsAt + MORE_FUNDS] = more;
      }
      more.count(fund, fen);
    }
    keep(cost, line);
    longs[at + COUNT_HASH] += 1L << 32;
  }

  /** Keeps {@code line}'s reference, if this is among the cost's first lines and there is room. */
  private void keep(int cost, String line) {
    int at = cost * LONGS;
    long ends = longs[at + LINE_ENDS];
    int kept = AuditAnswer.keptLines(ends);
    int end = (kept == 0 ? 0 : AuditAnswer.lineEnd(ends, kept - 1)) + line.length();
    if (kept == lineCount(cost) && kept < LedgerAudit.LINES_KEPT && end <= LedgerAudit.LINE_NAMES_KEPT) {
      long key = longs[at + KEY];
      int start = (int) (key >>> 32);
      int keyLength = (int) key;
      if (keyLength + end > longs[at + ROOM]) {
        // Room for all the lines kept, if they are as long as those so far on average.
        int perLine = (end + kept) / (kept + 1);
        int room =
            keyLength
                + Math.min(
                    LedgerAudit.LINE_NAMES_KEPT, Math.max(end, LedgerAudit.LINES_KEPT * perLine));
        int moved = reserve(room);
        System.arraycopy(chars, start, chars, moved, keyLength + end - line.length());
        start = moved;
        longs[at + KEY] = (long) moved << 32 | keyLength;
        longs[at + ROOM] = room;
      }
      line.getChars(0, line.length(), chars, start + keyLength + end - line.length());
      if (kept == 0 && line.equals(refs[cost * REFS + ACTUAL_LINE])) {
        refs[cost * REFS + ACTUAL_LINE] = null; // it is the first kept line: no string kept for it
      }
      longs[at + LINE_ENDS] = ends | (long) end << (Byte.SIZE * kept);
    }
  }

  /** Reads what a look-up of the cost will read, so that it is at hand; returns a part of it. */
  long touch(int cost) {
    return longs[cost * LONGS + LINE_ENDS] + (refs[cost * REFS + ACTUAL] == null ? 0 : 1);
  }

  /** The third and later funds a cost is charged to, and what each was charged net of reversals. */
  private static final class MoreFunds {
    private FundingSource[] funds = new FundingSource[2];
    private long[] fen = new long[2];
    private int count;

    long chargedTo(FundingSource fund) {
      for (int i = 0; i < count; i++) {
        if (funds[i].equals(fund)) {
          return fen[i];
        }
      }
      return 0;
    }

    void count(FundingSource fund, long amount) {
      int i = 0;
      while (i < count && !funds[i].equals(fund)) {
        i++;
      }
      if (i == count) {
        if (count == funds.length) {
          funds = Arrays.copyOf(funds, 2 * count);
          fen = Arrays.copyOf(fen, 2 * count);
        }
        funds[i] = fund;
        count++;
      }
      fen[i] += amount;
    }
  }
}
