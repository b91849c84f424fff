package dev.swftyped.fake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The weight-balanced index agrees with a sorted set on every operation, and stays balanced. */
class ExecutionIndexTest {
  private static final Comparator<Execution> BY_START =
      Comparator.comparingLong((Execution e) -> e.startMillis).thenComparingLong(e -> e.seq);

  static Execution execution(long startMillis, long seq) {
    RunConfig config = new RunConfig(null, null, "60", "10", "l",
        software.amazon.awssdk.services.swf.model.ChildPolicy.TERMINATE, null, null, List.of());
    return new Execution(null, null, "w" + seq, "r" + seq, config, startMillis, seq, null, 0);
  }

  @Test
  void randomOperationsAgreeWithASortedSet() {
    for (long seed = 0; seed < 20; seed++) {
      Random random = new Random(seed);
      ExecutionIndex index = new ExecutionIndex(ExecutionIndex.Key.START);
      TreeSet<Execution> model = new TreeSet<>(BY_START);
      List<Execution> present = new ArrayList<>();
      long seq = 0;
      for (int step = 0; step < 2000; step++) {
        if (present.isEmpty() || random.nextInt(3) > 0) {
          Execution added = execution(random.nextInt(200), seq++);
          index.add(added);
          model.add(added);
          present.add(added);
        } else {
          Execution removed = present.remove(random.nextInt(present.size()));
          index.remove(removed);
          model.remove(removed);
        }
        assertThat(index.size()).isEqualTo(model.size());
        long low = random.nextInt(220) - 10;
        long high = low + random.nextInt(100);
        assertThat(index.countWithin(low, high))
            .isEqualTo(model.subSet(execution(low, Long.MIN_VALUE), true, execution(high, Long.MAX_VALUE), true).size());
        int limit = 1 + random.nextInt(20);
        List<Execution> ascending = new ArrayList<>();
        index.collect(true, low, Long.MIN_VALUE, high, Long.MAX_VALUE, limit, ascending);
        assertThat(ascending).containsExactlyElementsOf(
            model.subSet(execution(low, Long.MIN_VALUE), true, execution(high, Long.MAX_VALUE), true).stream()
                .limit(limit).toList());
        List<Execution> descending = new ArrayList<>();
        index.collect(false, low, Long.MIN_VALUE, high, Long.MAX_VALUE, limit, descending);
        assertThat(descending).containsExactlyElementsOf(
            model.subSet(execution(low, Long.MIN_VALUE), true, execution(high, Long.MAX_VALUE), true)
                .descendingSet().stream().limit(limit).toList());
        assertThat(index.first()).isEqualTo(model.isEmpty() ? null : model.first());
      }
      assertThat(index.height()).isLessThanOrEqualTo(heightBound(index.size()));
    }
  }

  @Test
  void pagesResumeStrictlyAfterTheirCursor() {
    ExecutionIndex index = new ExecutionIndex(ExecutionIndex.Key.START);
    for (int i = 0; i < 10; i++) {
      index.add(execution(i / 2, i));
    }
    List<Execution> page = new ArrayList<>();

    index.collect(true, 2, 4, Long.MAX_VALUE, Long.MAX_VALUE, 3, page);

    assertThat(page).extracting(e -> e.seq).containsExactly(5L, 6L, 7L);
  }

  @Test
  void ascendingInsertionsStayBalanced() {
    ExecutionIndex index = new ExecutionIndex(ExecutionIndex.Key.START);
    for (int i = 0; i < 100_000; i++) {
      index.add(execution(i, i));
    }
    for (int i = 0; i < 50_000; i++) {
      index.remove(execution(i, i));
    }

    assertThat(index.size()).isEqualTo(50_000);
    assertThat(index.height()).isLessThanOrEqualTo(heightBound(index.size()));
    assertThat(index.rank(75_000, 75_000)).isEqualTo(25_000);
  }

  /** A weight-balanced tree with delta 3 is at most about 2.1 log2(n) high. */
  static int heightBound(int size) {
    return (int) Math.ceil(2.1 * Math.log(size + 1) / Math.log(2)) + 1;
  }
}
