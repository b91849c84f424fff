package dev.swftyped.fake.internal;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A set of executions ordered by a key of two longs (a time in milliseconds, then a sequence
 * number that makes keys unique), kept as a weight-balanced binary tree whose nodes know their
 * subtree sizes. Adding, removing, counting the executions in a time window and finding where a
 * page starts all cost O(log n); reading a page costs O(log n + page size).
 *
 * <p>Not thread-safe: the engine guards it.
 */
final class ExecutionIndex {
  /** Which of an execution's keys orders the index. */
  enum Key {
    /** Start time, then start sequence. */
    START,
    /** Close time, then close sequence. */
    CLOSE
  }

  private static final int DELTA = 3;
  private static final int RATIO = 2;

  private static final class Node {
    final Execution item;
    Node left;
    Node right;
    int size;

    Node(Execution item) {
      this.item = item;
      this.size = 1;
    }
  }

  private final Key key;
  private Node root;
  /** The first execution, kept so that the engine's check for due timeouts costs nothing. */
  private Execution first;

  ExecutionIndex(Key key) {
    this.key = key;
  }

  int size() {
    return size(root);
  }

  boolean isEmpty() {
    return root == null;
  }

  long time(Execution execution) {
    return key == Key.START ? execution.startMillis : execution.closeMillis;
  }

  long seq(Execution execution) {
    return key == Key.CLOSE ? execution.closeSeq : execution.seq;
  }

  private int compare(Execution item, long time, long seq) {
    int byTime = Long.compare(time(item), time);
    return byTime != 0 ? byTime : Long.compare(seq(item), seq);
  }

  void add(Execution execution) {
    long time = time(execution);
    long seq = seq(execution);
    root = insert(root, execution, time, seq);
    if (first == null || compare(first, time, seq) > 0) {
      first = execution;
    }
  }

  void remove(Execution execution) {
    root = delete(root, time(execution), seq(execution));
    if (execution == first) {
      first = leftmost();
    }
  }

  /** The first execution in ascending order, or null; O(1). */
  Execution first() {
    return first;
  }

  private Execution leftmost() {
    Node node = root;
    if (node == null) {
      return null;
    }
    while (node.left != null) {
      node = node.left;
    }
    return node.item;
  }

  /** How many executions have a key strictly below the given one. */
  int rank(long time, long seq) {
    int rank = 0;
    Node node = root;
    while (node != null) {
      if (compare(node.item, time, seq) < 0) {
        rank += size(node.left) + 1;
        node = node.right;
      } else {
        node = node.left;
      }
    }
    return rank;
  }

  /** How many executions have a time within the inclusive window. */
  int countWithin(long earliest, long latest) {
    if (latest < earliest) {
      return 0;
    }
    return rank(latest, Long.MAX_VALUE) - rank(earliest, Long.MIN_VALUE);
  }

  /**
   * Adds to {@code out}, in ascending or descending order, up to {@code limit} executions whose
   * key is strictly between the two bounds.
   */
  void collect(boolean ascending, long lowTime, long lowSeq, long highTime, long highSeq, int limit,
      List<Execution> out) {
    ArrayDeque<Node> stack = new ArrayDeque<>();
    Node node = root;
    if (ascending) {
      while (node != null) {
        if (compare(node.item, lowTime, lowSeq) > 0) {
          stack.push(node);
          node = node.left;
        } else {
          node = node.right;
        }
      }
      while (!stack.isEmpty() && out.size() < limit) {
        Node next = stack.pop();
        if (compare(next.item, highTime, highSeq) >= 0) {
          return;
        }
        out.add(next.item);
        for (Node child = next.right; child != null; child = child.left) {
          stack.push(child);
        }
      }
    } else {
      while (node != null) {
        if (compare(node.item, highTime, highSeq) < 0) {
          stack.push(node);
          node = node.right;
        } else {
          node = node.left;
        }
      }
      while (!stack.isEmpty() && out.size() < limit) {
        Node next = stack.pop();
        if (compare(next.item, lowTime, lowSeq) <= 0) {
          return;
        }
        out.add(next.item);
        for (Node child = next.left; child != null; child = child.right) {
          stack.push(child);
        }
      }
    }
  }

  /** The length of the longest path from the root, for checking the balance. */
  int height() {
    return height(root);
  }

  private static int height(Node node) {
    return node == null ? 0 : 1 + Math.max(height(node.left), height(node.right));
  }

  // ---- weight-balanced tree (Adams; Nievergelt and Reingold), parameters delta 3, ratio 2

  private static int size(Node node) {
    return node == null ? 0 : node.size;
  }

  private Node insert(Node node, Execution item, long time, long seq) {
    if (node == null) {
      return new Node(item);
    }
    int cmp = compare(node.item, time, seq);
    if (cmp > 0) {
      node.left = insert(node.left, item, time, seq);
    } else if (cmp < 0) {
      node.right = insert(node.right, item, time, seq);
    } else {
      throw new IllegalStateException("execution already indexed: " + item);
    }
    return balance(node);
  }

  private Node delete(Node node, long time, long seq) {
    if (node == null) {
      throw new IllegalStateException("execution not indexed at " + time + "/" + seq);
    }
    int cmp = compare(node.item, time, seq);
    if (cmp > 0) {
      node.left = delete(node.left, time, seq);
      return balance(node);
    }
    if (cmp < 0) {
      node.right = delete(node.right, time, seq);
      return balance(node);
    }
    if (node.left == null) {
      return node.right;
    }
    if (node.right == null) {
      return node.left;
    }
    Node min = node.right;
    while (min.left != null) {
      min = min.left;
    }
    Node replacement = new Node(min.item);
    replacement.right = delete(node.right, time(min.item), seq(min.item));
    replacement.left = node.left;
    return balance(replacement);
  }

  private static Node balance(Node node) {
    int left = size(node.left);
    int right = size(node.right);
    if (left + right >= 2) {
      if (right > DELTA * left) {
        node = size(node.right.left) < RATIO * size(node.right.right)
            ? rotateLeft(node)
            : doubleRotateLeft(node);
      } else if (left > DELTA * right) {
        node = size(node.left.right) < RATIO * size(node.left.left)
            ? rotateRight(node)
            : doubleRotateRight(node);
      }
    }
    node.size = size(node.left) + size(node.right) + 1;
    return node;
  }

  private static Node rotateLeft(Node node) {
    Node pivot = node.right;
    node.right = pivot.left;
    node.size = size(node.left) + size(node.right) + 1;
    pivot.left = node;
    pivot.size = size(pivot.left) + size(pivot.right) + 1;
    return pivot;
  }

  private static Node rotateRight(Node node) {
    Node pivot = node.left;
    node.left = pivot.right;
    node.size = size(node.left) + size(node.right) + 1;
    pivot.right = node;
    pivot.size = size(pivot.left) + size(pivot.right) + 1;
    return pivot;
  }

  private static Node doubleRotateLeft(Node node) {
    node.right = rotateRight(node.right);
    return rotateLeft(node);
  }

  private static Node doubleRotateRight(Node node) {
    node.left = rotateLeft(node.left);
    return rotateRight(node);
  }
}
