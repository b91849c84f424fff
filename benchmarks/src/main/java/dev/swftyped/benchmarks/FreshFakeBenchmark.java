package dev.swftyped.benchmarks;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** What a test pays for a fresh fake with one domain and one workflow type. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class FreshFakeBenchmark {

  @Benchmark
  public SwfFake freshFakeWithDomainAndType() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Store.START)).build();
    Store.registerDomainAndType(fake.client());
    return fake;
  }
}
