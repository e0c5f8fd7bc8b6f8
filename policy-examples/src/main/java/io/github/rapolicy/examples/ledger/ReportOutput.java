package io.github.rapolicy.examples.ledger;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Where a report goes, and the promise that it is never half-written: every report, whatever its
 * format, is written through here.
 *
 * <ul>
 *   <li>{@link #streaming}: to standard output, as the rows are checked. The last line says whether
 *       the report is complete ({@link Completion}); a report cut short by a failure or an interrupt
 *       ends with the line that says it is incomplete, and one that ends without either line was
 *       killed outright, so it is incomplete too.
 *   <li>{@link #replacing}: to a temporary file beside the report file, moved into place (an atomic
 *       rename, after the bytes are forced to disk) only by {@link #complete}. Closing without
 *       completing, a failure or an interrupt (SIGINT, SIGTERM: a shutdown hook) deletes the
 *       temporary file and leaves the previous report file untouched.
 * </ul>
 *
 * <p>The report marks each whole row with {@link #rowWritten}: only whole rows go out, some 16
 * thousand characters at a time, and the line of an incomplete report says how many. The writer
 * and the interrupt take one lock, so an interrupted report never ends with half a row before its last
 * line.
 *
 * <p>What goes out is encoded and written on a thread of its own ("ledger-check-writer"), in the
 * order released, at most {@link #PENDING} parts ahead of the check; {@link #complete} waits for
 * all of it before it says the report is complete.
 */
final class ReportOutput implements AutoCloseable {

  /**
   * How many characters of whole rows are held before they go out. The writing thread, which waits
   * for each part, is woken once per part, a system call on the checking thread: at 8 K that was
   * 8 % of the checking thread's time in a profile of the audited ledger; 64 K measured slower on
   * the sample ledger's million rows.
   */
  static final int RELEASE_AT = 16_384;

  /** A part's room when it is started: a release and a few rows more, so that it seldom grows. */
  private static final int PART_CAPACITY = RELEASE_AT + RELEASE_AT / 4;

  /** The first {@code length} characters of {@code chars}, released to be written. */
  private record Part(char[] chars, int length) {}

  /** How many released parts may wait to be written. */
  private static final int PENDING = 64;

  /** The bytes a report file's encoder holds before it writes them to the file. */
  private static final int SINK_BUFFER = 1 << 16;

  /** Tells the writing thread to end. */
  private static final Object STOP = new Object();

  /** How long an interrupt waits for a row being written to finish. */
  private static final long INTERRUPT_WAIT_MILLIS = 2_000;

  /** Says, as a report's last line, whether the report is complete; each format has its form. */
  interface Completion {
    /** The last line of a complete report of {@code rows} rows, without its line break. */
    String complete(long rows);

    /** The last line of a report cut short after {@code rows} rows, without its line break. */
    String incomplete(long rows, Text why);
  }

  /** The form of the text and CSV reports: a line starting with {@code #}, a CSV comment. */
  static final Completion COMMENT_LINE =
      new Completion() {
        @Override
        public String complete(long rows) {
          return "# ledger-check: report complete, " + rows + " rows / 报告完整，共" + rows + "行";
        }

        @Override
        public String incomplete(long rows, Text why) {
          return "# ledger-check: report INCOMPLETE after "
              + rows
              + " rows, "
              + why.en()
              + "; do not use it / 报告不完整（已写"
              + rows
              + "行，"
              + why.zh()
              + "），请勿使用";
        }
      };

  /** The form of the HTML report: an HTML comment after the page, which a browser does not show. */
  static final Completion HTML_COMMENT =
      new Completion() {
        @Override
        public String complete(long rows) {
          return "<!-- " + COMMENT_LINE.complete(rows).substring(2) + " -->";
        }

        @Override
        public String incomplete(long rows, Text why) {
          return "<!-- " + COMMENT_LINE.incomplete(rows, why).substring(2).replace("--", "- -") + " -->";
        }
      };

  /**
   * The report's one lock: the monitor of the writer under the report, which is also the lock its
   * {@code PrintWriter} takes, so that writing a row through the print writer and counting it take
   * one monitor, not the print writer's and a lock of the report's beside it.
   */
  private final Guarded guard = new Guarded();
  private final Writer sink;
  private final PrintWriter writer;
  private final Completion completion;
  private final @Nullable Path target;
  private final @Nullable Path temporary;
  private final @Nullable FileChannel channel;
  private final Thread hook;
  private final BlockingQueue<Object> pending = new ArrayBlockingQueue<>(PENDING);
  /**
   * Parts written out, given back by the writing thread to be written into again: a new part each
   * time was some 1.4 GB of arrays to allocate, zero and collect per million rows. No more parts
   * exist than wait to be written and are being written into, so this stays bounded.
   */
  private final Queue<char[]> written = new ConcurrentLinkedQueue<>();
  private final Thread writing;
  private volatile boolean sinkFailed;
  /**
   * What is written and not yet released: {@code length} characters of {@code part}, the first
   * {@code mark} of them whole parts. A released part is handed over as it is, not copied, and the
   * next is one the writing thread has written out ({@code written}), or a new one.
   */
  private char[] part = new char[PART_CAPACITY];
  private int length;
  private int mark;
  private long rows;
  private boolean done;

  private ReportOutput(
      Writer sink,
      Completion completion,
      @Nullable Path target,
      @Nullable Path temporary,
      @Nullable FileChannel channel) {
    this.sink = sink;
    this.writer = new PrintWriter(guard, false);
    this.completion = completion;
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.hook = new Thread(this::interrupted, "ledger-check-interrupt");
    this.writing = new Thread(this::writeReleased, "ledger-check-writer");
    writing.setDaemon(true);
    writing.start();
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The writing thread: writes each released part to the sink, in order, until told to stop. */
  private void writeReleased() {
    try {
      while (true) {
        Object item = pending.take();
        if (item == STOP) {
          return;
        }
        if (item instanceof CountDownLatch written) {
          written.countDown();
        } else if (!sinkFailed) {
          try {
            Part released = (Part) item;
            sink.write(released.chars(), 0, released.length());
            sink.flush();
            written.offer(released.chars()); // the sink has encoded it: the characters are not kept
          } catch (IOException | RuntimeException | Error e) {
            sinkFailed = true; // the rest is dropped; latches are still counted down
          }
        }
      }
    } catch (InterruptedException e) {
      // the report is closed
    }
  }

  /**
   * Hands the whole parts written ({@code mark} characters) to the writing thread and starts a new
   * part with what follows them. Not interruptible, as writing on the calling thread was not: an
   * interrupt is kept for the caller.
   */
  private void send() {
    char[] whole = part;
    // Today a release follows a mark at the end of what is written, so nothing follows the mark;
    // what would is kept, not lost.
    int rest = length - mark;
    char[] again = written.poll();
    part = again != null && again.length >= rest ? again : new char[Math.max(PART_CAPACITY, rest)];
    System.arraycopy(whole, mark, part, 0, rest);
    length = rest;
    Uninterruptibles.putUninterruptibly(pending, new Part(whole, mark));
    mark = 0;
  }

  /** Adds {@code count} characters of {@code text} from {@code offset} to what is written. */
  private void append(char[] text, int offset, int count) {
    if (count > part.length - length) {
      part = Arrays.copyOf(part, Math.max(part.length * 2, length + count));
    }
    System.arraycopy(text, offset, part, length, count);
    length += count;
  }

  /**
   * Hands {@code item} to the writing thread, waiting at most {@code millis} milliseconds for
   * room; returns whether it is handed over. Not interruptible: an interrupt is kept for later.
   */
  private boolean offer(Object item, long millis) {
    boolean interrupted = false;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    try {
      while (true) {
        try {
          return pending.offer(item, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits until what was handed to the writing thread is written, at most {@code millis}
   * milliseconds for room and as long again for the writing; returns whether it is.
   */
  private boolean awaitWritten(long millis) {
    CountDownLatch written = new CountDownLatch(1);
    return offer(written, millis)
        && Uninterruptibles.awaitUninterruptibly(written, millis, TimeUnit.MILLISECONDS);
  }

  /** Waits, for as long as it takes, until what was handed to the writing thread is written. */
  private void awaitAllWritten() {
    CountDownLatch written = new CountDownLatch(1);
    Uninterruptibles.putUninterruptibly(pending, written);
    Uninterruptibles.awaitUninterruptibly(written);
  }

  /** A report streamed to {@code out} (standard output), its last line saying if it is complete. */
  static ReportOutput streaming(Writer out, Completion completion) {
    return new ReportOutput(out, completion, null, null, null);
  }

  /**
   * A report written to a temporary file beside {@code file} and moved onto it only when complete.
   *
   * <p>Where {@code file} is a symbolic link, the file it links to is replaced, and the link kept.
   *
   * @throws IOException if {@code file} is a directory, a device or a pipe, or a link to nothing, or
   *     if the temporary file cannot be created (no such directory, no permission)
   */
  static ReportOutput replacing(Path file, Completion completion) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (Files.isSymbolicLink(absolute)) {
      if (!Files.exists(absolute)) {
        throw new IOException("it is a symbolic link to a file that does not exist");
      }
      absolute = absolute.toRealPath(); // written through the link: the file it names is replaced
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException(
          "it is not a regular file (a device or a pipe); to write the report to standard output,"
              + " leave out -o");
    }
    Path directory = absolute.getParent();
    Path name = absolute.getFileName();
    if (directory == null || name == null) {
      throw new IOException("not a file: " + file);
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a directory");
    }
    Path temporary = Files.createTempFile(directory, "." + name + ".", ".part");
    try {
      Files.setPosixFilePermissions(temporary, permissions(absolute));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the temporary file keeps the default permissions
    }
    FileChannel channel =
        FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    // Encoded straight into the channel 64 KB at a time (an OutputStreamWriter writes 8 KB at a
    // time: some 100,000 system calls for a million rows), replacing what does not encode, as an
    // OutputStreamWriter does.
    Writer sink =
        Channels.newWriter(
            channel,
            StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE),
            SINK_BUFFER);
    return new ReportOutput(sink, completion, absolute, temporary, channel);
  }

  /** The previous report's permissions, or rw-r--r-- for a new one. */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    return Files.exists(file)
        ? Files.getPosixFilePermissions(file)
        : PosixFilePermissions.fromString("rw-r--r--");
  }

  /**
   * The writer the report writes to. What it writes goes out at the ends of whole parts ({@link
   * #partWritten}, {@link #rowWritten}) and at {@link #complete}.
   */
  PrintWriter writer() {
    return writer;
  }

  /** Marks the end of a whole part of the report, such as its heading; it may now go out. */
  void partWritten() {
    synchronized (guard) {
      // The print writer holds nothing back (it writes through to the guarded writer): what was
      // written is all in the part.
      if (!done) {
        mark = length;
        release(false);
      }
    }
  }

  /** Marks the end of one more whole row of the report, and counts it. */
  void rowWritten() {
    synchronized (guard) {
      rows++;
      partWritten(); // under the same hold of the lock: an interrupt sees the row counted and out
    }
  }

  /**
   * Ends the report with the line that says it is complete and, for a file, moves it into place.
   *
   * @throws IOException if the report could not be written completely; it is then not in place
   */
  void complete() throws IOException {
    synchronized (guard) {
      if (done) {
        throw new IOException("interrupted");
      }
      if (sinkFailed || writer.checkError()) {
        throw new IOException("the report could not be written completely");
      }
      writer.println(completion.complete(rows));
      writer.flush();
      mark = length;
      release(true);
      awaitAllWritten();
      if (sinkFailed || writer.checkError()) {
        throw new IOException("the report could not be written completely");
      }
      if (channel != null && temporary != null && target != null) {
        channel.force(true);
        sink.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
      done = true;
    }
  }

  /**
   * Ends a report that was not completed: a streamed one with the line that says so, a file's
   * temporary file deleted. Does nothing after {@link #complete}.
   */
  void abandon(Text why) {
    synchronized (guard) {
      end(why);
    }
  }

  /** Abandons the report if it was not completed (a failure), and removes the interrupt hook. */
  @Override
  public void close() {
    abandon(new Text("核查未完成", "the check did not finish"));
    // The writing thread ends before the check returns; if it is stuck (standard output not read),
    // what it has not written yet is dropped, so that nothing more reaches the caller's stream.
    if (pending.offer(STOP)) {
      Uninterruptibles.joinUninterruptibly(writing, INTERRUPT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }
    if (writing.isAlive()) {
      sinkFailed = true;
      pending.clear();
      writing.interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs, or has run
    }
  }

  /**
   * The interrupt: ends the report once the row being written is whole. The lock is taken on a
   * thread of its own, so that the interrupt waits at most {@link #INTERRUPT_WAIT_MILLIS} for it;
   * a row stuck being written (standard output not read) keeps it, and the file must still go.
   */
  private void interrupted() {
    CountDownLatch locked = new CountDownLatch(1);
    Thread ending =
        new Thread(
            () -> {
              synchronized (guard) {
                locked.countDown();
                end(new Text("核查被中断", "interrupted"));
              }
            },
            "ledger-check-interrupt-end");
    ending.setDaemon(true);
    ending.start();
    if (Uninterruptibles.awaitUninterruptibly(
        locked, INTERRUPT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      // end waits at most this long for room for the last line, then as long for room for the
      // latch that follows it and as long again for the latch
      Uninterruptibles.joinUninterruptibly(ending, 3 * INTERRUPT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }
    if (ending.isAlive()) {
      // the lock was not had, or end is stuck (closing a file the writing thread cannot write)
      deleteTemporary();
    }
  }

  private void end(Text why) {
    if (done) {
      return;
    }
    done = true;
    if (temporary == null) {
      // Whole rows only: what was written after the last whole row is dropped.
      length = mark;
      char[] last = (completion.incomplete(rows, why) + '\n').toCharArray();
      append(last, 0, last.length);
      if (offer(new Part(part, length), INTERRUPT_WAIT_MILLIS)) {
        awaitWritten(INTERRUPT_WAIT_MILLIS);
      }
    } else {
      sinkFailed = true; // what waits to be written is not wanted
      pending.clear();
      try {
        sink.close();
      } catch (IOException e) {
        // the file is deleted below
      }
      deleteTemporary();
    }
    part = new char[0];
    length = 0;
    mark = 0;
  }

  private void deleteTemporary() {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // nothing more can be done while the JVM stops
      }
    }
  }

  /** Passes what was written up to the last whole part on to the sink, once there is enough. */
  private void release(boolean always) {
    if (mark > 0 && (always || mark >= RELEASE_AT)) {
      send();
    }
  }

  /** The writer under the report: holds what is written until a part is whole. */
  private final class Guarded extends Writer {

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      synchronized (this) {
        if (done) {
          throw new IOException("the report is ended");
        }
        ReportOutput.this.append(text, offset, length);
      }
    }

    @Override
    public void flush() {
      // Bytes go out at the ends of whole parts (partWritten, rowWritten, complete), not here.
    }

    @Override
    public void close() {
      // The report output closes the sink.
    }
  }
}
