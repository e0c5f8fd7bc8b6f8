package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkState;

/**
 * A transportation problem solved as a maximum flow with the funds' order as a secondary
 * objective: classes of costs (each with a demand) on one side, blocks of funds (each with a
 * supply, in the caller's order of preference) on the other, and an edge wherever the block may pay
 * the class. Edges have no capacity of their own.
 *
 * <p>Blocks are filled one after another, in order: each takes as much as it can by augmenting
 * paths that end in it (source → class → block → class → … → block), which reroute flow between
 * earlier blocks without ever lowering what an earlier block pays. So every block pays as much as
 * it can given the blocks before it — the use of the funds in order is lexicographically greatest —
 * and when the last block is done no augmenting path is left anywhere, so the flow is maximum. (An
 * augmentation only changes edges among nodes the source reaches, so a block no path reached stays
 * unreached; the same argument lets a failed search mark every node it saw as dead for the rest of
 * the run.)
 *
 * <p>Each block is filled by Dinic's method, searching backwards from the block: a breadth-first
 * search labels nodes by their distance from the block up to the nearest class with unmet demand,
 * then a depth-first search with current-edge pointers pushes a blocking flow along those shortest
 * paths. A block next to classes with unmet demand fills in one pass over its edges; rerouting
 * costs more passes only where earlier blocks have taken the demand the block could meet.
 *
 * <p>Not thread-safe; used by one planning call.
 */
final class TransportSolver {

  private static final int UNREACHED = Integer.MAX_VALUE;

  private final int classes;
  private final int blocks;
  private final long[] slack;
  private final long[] supply;

  /** Edges in block order: those of block b are [blockStart[b], blockStart[b + 1]). */
  private final int[] blockStart;

  private final int[] edgeClass;
  private final int[] edgeBlock;

  /** Per class, the ids of its edges: those of class c are classEdge[classStart[c] …]. */
  private final int[] classStart;

  private final int[] classEdge;

  /** Flow on each edge, in fen. */
  private final long[] flow;

  private final int[] classLevel;
  private final int[] blockLevel;
  private final int[] classSeen;
  private final int[] blockSeen;
  private final int[] classNext;
  private final int[] blockNext;
  private final boolean[] classDead;
  private final boolean[] blockDead;
  private final int[] queue;
  private int search;
  private int slackLevel;

  /** How many nodes the last search saw: they are queue[0 … seen). */
  private int seen;

  /**
   * A problem with {@code demand} per class, {@code supply} per block, and for each block the
   * classes it may pay, ascending.
   */
  TransportSolver(long[] demand, long[] supply, int[][] blockClasses) {
    this.classes = demand.length;
    this.blocks = supply.length;
    this.slack = demand.clone();
    this.supply = supply.clone();
    this.blockStart = new int[blocks + 1];
    int edges = 0;
    for (int b = 0; b < blocks; b++) {
      blockStart[b] = edges;
      edges = Math.addExact(edges, blockClasses[b].length);
    }
    blockStart[blocks] = edges;
    this.edgeClass = new int[edges];
    this.edgeBlock = new int[edges];
    int[] degree = new int[classes];
    for (int b = 0; b < blocks; b++) {
      int e = blockStart[b];
      for (int c : blockClasses[b]) {
        edgeClass[e] = c;
        edgeBlock[e] = b;
        degree[c]++;
        e++;
      }
    }
    this.classStart = new int[classes + 1];
    for (int c = 0; c < classes; c++) {
      classStart[c + 1] = classStart[c] + degree[c];
    }
    this.classEdge = new int[edges];
    int[] fill = classStart.clone();
    for (int e = 0; e < edges; e++) {
      classEdge[fill[edgeClass[e]]++] = e;
    }
    this.flow = new long[edges];
    this.classLevel = new int[classes];
    this.blockLevel = new int[blocks];
    this.classSeen = new int[classes];
    this.blockSeen = new int[blocks];
    this.classNext = new int[classes];
    this.blockNext = new int[blocks];
    this.classDead = new boolean[classes];
    this.blockDead = new boolean[blocks];
    this.queue = new int[classes + blocks];
  }

  /** Solves the problem; afterwards {@link #flow} holds the plan. */
  void solve() {
    for (int b = 0; b < blocks; b++) {
      long room = supply[b];
      while (room > 0 && !blockDead[b] && blockStart[b] < blockStart[b + 1]) {
        if (!label(b)) {
          bury();
          break;
        }
        long pushed = pushBlock(b, room);
        // A labelled path ends at unmet demand, so the push along it carries some: a push of
        // nothing would be a fault in this class and, left alone, an endless loop.
        checkState(pushed > 0, "block %s: the push along a labelled path carried nothing", b);
        room -= pushed;
      }
    }
  }

  /** Returns the class edge {@code edge} starts from. */
  int edgeClass(int edge) {
    return edgeClass[edge];
  }

  /** Returns the flow on {@code edge}, in fen. */
  long flow(int edge) {
    return flow[edge];
  }

  /** Returns the first edge of block {@code b}; its edges run to {@code blockStart(b + 1)}. */
  int blockStart(int b) {
    return blockStart[b];
  }

  /**
   * Labels nodes by their distance from block {@code root}, backwards along residual edges, up to
   * the nearest layer holding a class with unmet demand. Returns whether there is one.
   */
  private boolean label(int root) {
    search++;
    slackLevel = UNREACHED;
    int head = 0;
    int tail = 0;
    blockSeen[root] = search;
    blockLevel[root] = 0;
    blockNext[root] = blockStart[root];
    queue[tail++] = classes + root;
    while (head < tail) {
      int node = queue[head++];
      if (node >= classes) {
        int b = node - classes;
        int level = blockLevel[b] + 1;
        if (level > slackLevel) {
          continue;
        }
        for (int e = blockStart[b]; e < blockStart[b + 1]; e++) {
          int c = edgeClass[e];
          if (classSeen[c] == search || classDead[c]) {
            continue;
          }
          classSeen[c] = search;
          classLevel[c] = level;
          classNext[c] = classStart[c];
          if (slack[c] > 0 && slackLevel == UNREACHED) {
            slackLevel = level;
          }
          queue[tail++] = c;
        }
      } else {
        int c = node;
        int level = classLevel[c] + 1;
        if (level > slackLevel) {
          continue;
        }
        for (int i = classStart[c]; i < classStart[c + 1]; i++) {
          int e = classEdge[i];
          int b = edgeBlock[e];
          if (flow[e] == 0 || blockSeen[b] == search || blockDead[b]) {
            continue;
          }
          blockSeen[b] = search;
          blockLevel[b] = level;
          blockNext[b] = blockStart[b];
          queue[tail++] = classes + b;
        }
      }
    }
    seen = tail;
    return slackLevel != UNREACHED;
  }

  /** Marks every node the last, failed search saw: no augmenting path will ever reach them. */
  private void bury() {
    for (int i = 0; i < seen; i++) {
      int node = queue[i];
      if (node >= classes) {
        blockDead[node - classes] = true;
      } else {
        classDead[node] = true;
      }
    }
  }

  /** Pushes up to {@code want} into block {@code b} from the classes one layer further out. */
  private long pushBlock(int b, long want) {
    int next = blockLevel[b] + 1;
    long pushed = 0;
    int end = blockStart[b + 1];
    for (; blockNext[b] < end; blockNext[b]++) {
      int e = blockNext[b];
      int c = edgeClass[e];
      if (classSeen[c] != search || classLevel[c] != next) {
        continue;
      }
      long got = pushClass(c, want - pushed);
      if (got > 0) {
        flow[e] += got;
        pushed += got;
        if (pushed == want) {
          return pushed;
        }
      }
    }
    return pushed;
  }

  /**
   * Pushes up to {@code want} out of class {@code c}: from its unmet demand on the last layer, or
   * else by moving its flow off blocks one layer further out, which then take it from elsewhere.
   */
  private long pushClass(int c, long want) {
    int level = classLevel[c];
    if (level == slackLevel) {
      long taken = Math.min(slack[c], want);
      slack[c] -= taken;
      return taken;
    }
    int next = level + 1;
    long pushed = 0;
    int end = classStart[c + 1];
    for (; classNext[c] < end; classNext[c]++) {
      int e = classEdge[classNext[c]];
      int b = edgeBlock[e];
      if (flow[e] == 0 || blockSeen[b] != search || blockLevel[b] != next) {
        continue;
      }
      long got = pushBlock(b, Math.min(want - pushed, flow[e]));
      if (got > 0) {
        flow[e] -= got;
        pushed += got;
        if (pushed == want) {
          return pushed;
        }
      }
    }
    return pushed;
  }
}
