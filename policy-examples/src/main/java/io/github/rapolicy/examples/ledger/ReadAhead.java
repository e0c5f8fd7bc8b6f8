package io.github.rapolicy.examples.ledger;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ledger on a thread of its own, ahead of the check: that thread splits the file into rows,
 * reads each row into the library's terms ({@link RowChecker#read}) and audits each batch of them
 * in ledger order ({@link RowChecker#audit}), where the rows' objects are still in its processor's
 * caches; the calling thread receives the rows in ledger order, a batch at a time, and finishes them
 * (their answers in words, the report). On two cores the two halves of the work overlap.
 *
 * <p>Memory stays bounded: at most {@link #BATCHES} batches of {@link #BATCH} rows wait between the
 * threads. What goes wrong on the reading thread is thrown on the calling thread, as if it had
 * read the file itself; when the calling thread stops early (an exception, an ended report), the
 * reading thread stops too.
 */
final class ReadAhead {

  /** Rows handed over at once. */
  static final int BATCH = 256;

  /** Batches that may wait to be finished. */
  static final int BATCHES = 16;

  private static final Object END = new Object();

  /** How long the check waits for the reading thread to end once it has stopped. */
  private static final long JOIN_MILLIS = 5_000;

  private ReadAhead() {}

  /**
   * Reads {@code reader}'s rows with {@code checker.read} and audits them with {@code
   * checker.audit} on a thread of its own, and gives each, in ledger order, to {@code finish} on
   * the calling thread; returns when every row is finished.
   *
   * @throws UnreadableLedgerException if the ledger cannot be split into rows, after the rows
   *     before the failure are finished
   */
  static void read(LedgerReader reader, RowChecker checker, Consumer<RowChecker.Read> finish)
      throws UnreadableLedgerException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    Handover handover = new Handover(queue);
    Thread thread =
        new Thread(
            () -> {
              Batches batches = new Batches(checker, handover);
              Object last;
              try {
                reader.read(batches);
                last = END;
              } catch (Stopped e) {
                return;
              } catch (UnreadableLedgerException | RuntimeException | Error e) {
                last = e; // after the rows read before it
              }
              try {
                batches.flush();
                handover.put(last);
              } catch (Stopped e) {
                // the calling thread stopped first
              }
            },
            "ledger-check-reader");
    thread.setDaemon(true);
    thread.start();
    try {
      while (true) {
        // Not interruptible, as a check on one thread was not: an interrupt is kept for the caller.
        Object next = Uninterruptibles.takeUninterruptibly(queue);
        if (next == END) {
          return;
        }
        if (next instanceof List<?> batch) {
          @SuppressWarnings("unchecked") // Batches hands over lists of rows read
          List<RowChecker.Read> rows = (List<RowChecker.Read>) batch;
          for (RowChecker.Read row : rows) {
            finish.accept(row);
          }
        } else if (next instanceof UnreadableLedgerException e) {
          throw e;
        } else if (next instanceof RuntimeException e) {
          throw e;
        } else {
          throw (Error) next;
        }
      }
    } finally {
      handover.stop();
      thread.interrupt(); // ends a read in progress: the file's channel closes
      queue.clear();
      Uninterruptibles.joinUninterruptibly(thread, JOIN_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Reads rows into batches and hands each full batch over. */
  private static final class Batches implements LedgerReader.RowSink {
    private final RowChecker checker;
    private final Handover handover;
    private @Nullable Header header;
    private List<RowChecker.Read> batch = new ArrayList<>(BATCH);

    Batches(RowChecker checker, Handover handover) {
      this.checker = checker;
      this.handover = handover;
    }

    @Override
    public void header(Header header) {
      this.header = header;
    }

    @Override
    public void row(LedgerRow row) {
      Header read = header;
      if (read == null) {
        throw new IllegalStateException("a row before the header");
      }
      batch.add(checker.read(read, row));
      if (batch.size() == BATCH) {
        flush();
      }
    }

    /** Hands over the rows read since the last batch, if any. */
    void flush() {
      if (!batch.isEmpty()) {
        checker.audit(batch);
        handover.put(batch);
        batch = new ArrayList<>(BATCH);
      }
    }
  }

  /** Puts batches on the queue until the calling thread stops taking them. */
  private static final class Handover {
    private final BlockingQueue<Object> queue;
    private volatile boolean stopped;

    Handover(BlockingQueue<Object> queue) {
      this.queue = queue;
    }

    void put(Object item) {
      try {
        while (stopped || !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
          if (stopped) {
            throw new Stopped();
          }
        }
      } catch (InterruptedException e) {
        throw new Stopped();
      }
    }

    void stop() {
      stopped = true;
    }
  }

  /** Ends the reading thread once the calling thread has stopped. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the check stopped", null, false, false);
    }
  }
}
