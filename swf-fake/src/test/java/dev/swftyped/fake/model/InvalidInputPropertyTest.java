package dev.swftyped.fake.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.SwfException;

/**
 * Generated input at and around every constraint: values at the limit pass, values one past it,
 * forbidden characters, {@code arn}, too many tags, oversized input, bad timeouts and page sizes,
 * exclusive filter pairs, missing and doubled time filters, and changed or foreign tokens fail
 * with {@code ValidationException}, change nothing, and never escape the SDK's exception family.
 */
class InvalidInputPropertyTest {
  static final int EXAMPLES = Integer.getInteger("swf.properties.examples", 1000);
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final String FORBIDDEN = ":/|\u0000\u0001\u001f\u007f\u0085\u009f";

  /** A fresh fake with domain d and type T 1 (with every default), and what it holds. */
  static final class Fixture {
    final SwfFake fake = SwfFake.builder().clock(FakeClock.at(START)).seed(5).build();
    final SwfClient swf = fake.client();

    Fixture() {
      swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("7"));
      swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
          .defaultExecutionStartToCloseTimeout("60").defaultTaskStartToCloseTimeout("5").defaultChildPolicy("ABANDON"));
    }

    /**
     * Makes a call that SWF accepts exactly when {@code valid}: a valid call must succeed, and an
     * invalid one must fail with ValidationException and leave the fake as it was.
     */
    void expect(boolean valid, Consumer<SwfClient> call) {
      String before = fake.diagnostics();
      SwfException rejected = null;
      try {
        call.accept(swf);
      } catch (SwfException e) {
        rejected = e;
      } catch (RuntimeException e) {
        throw new AssertionError("the fake threw " + e + ", not an SwfException", e);
      }
      if (valid) {
        assertThat(rejected).as("a valid call was rejected").isNull();
      } else {
        assertThat(rejected).as("an invalid call was accepted").isNotNull();
        assertThat(rejected.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(fake.diagnostics()).as("state after a rejected call").isEqualTo(before);
      }
    }
  }

  /** Identifiers of 1 to 300 characters, some with a character SWF forbids, some exactly "arn". */
  static Gen<String> identifiers(int max) {
    Gen<String> plain = strings().basicLatinAlphabet().ofLengthBetween(0, max + 3)
        .map(s -> s.replace(':', 'x').replace('/', 'x').replace('|', 'x'));
    Gen<String> withForbidden = plain.zip(integers().between(0, FORBIDDEN.length() - 1),
        (s, i) -> s.substring(0, s.length() / 2) + FORBIDDEN.charAt(i) + s.substring(s.length() / 2));
    return Generate.frequency(org.quicktheories.api.Pair.of(6, plain), org.quicktheories.api.Pair.of(3, withForbidden),
        org.quicktheories.api.Pair.of(1, Generate.constant("arn")),
        org.quicktheories.api.Pair.of(1, Generate.constant("n".repeat(max))),
        org.quicktheories.api.Pair.of(1, Generate.constant("n".repeat(max + 1))));
  }

  static boolean validIdentifier(String value, int max) {
    return !value.isEmpty() && value.length() <= max && !value.equals("arn")
        && value.chars().noneMatch(c -> FORBIDDEN.indexOf(c) >= 0 || c < 0x20 || (c >= 0x7f && c <= 0x9f));
  }

  @Test
  void workflowIdsAreAcceptedExactlyWhenSwfWouldAcceptThem() {
    qt().withExamples(EXAMPLES).withFixedSeed(1).forAll(identifiers(256)).checkAssert(id ->
        new Fixture().expect(validIdentifier(id, 256), swf -> swf.startWorkflowExecution(r -> r.domain("d")
            .workflowId(id).workflowType(t -> t.name("T").version("1")))));
  }

  @Test
  void domainNamesAreAcceptedExactlyWhenSwfWouldAcceptThem() {
    Gen<String> names = identifiers(256).zip(integers().between(0, 3),
        (name, edge) -> edge == 0 ? " " + name : edge == 1 ? name + "\t" : name);
    qt().withExamples(EXAMPLES).withFixedSeed(2).forAll(names).checkAssert(name ->
        new Fixture().expect(validIdentifier(name, 256) && name.strip().equals(name) && !name.equals("d"),
            swf -> swf.registerDomain(r -> r.name(name).workflowExecutionRetentionPeriodInDays("1"))));
  }

  @Test
  void typeNamesAndVersionsAreAcceptedExactlyWhenSwfWouldAcceptThem() {
    qt().withExamples(EXAMPLES).withFixedSeed(3).forAll(identifiers(256), identifiers(64)).checkAssert(
        (name, version) -> new Fixture().expect(validIdentifier(name, 256) && validIdentifier(version, 64)
                && !(name.equals("T") && version.equals("1")),
            swf -> swf.registerWorkflowType(r -> r.domain("d").name(name).version(version))));
  }

  @Test
  void tagListsHoldAtMostFiveTagsOfAtMost256Characters() {
    Gen<List<String>> tags = lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 258)).ofSizeBetween(0, 7);
    qt().withExamples(EXAMPLES).withFixedSeed(4).forAll(tags).checkAssert(list ->
        new Fixture().expect(list.size() <= 5 && list.stream().allMatch(tag -> tag.length() <= 256),
            swf -> swf.startWorkflowExecution(r -> r.domain("d").workflowId("w").workflowType(t -> t.name("T")
                .version("1")).tagList(list))));
  }

  @Test
  void inputsAndDetailsHoldAtMost32768Characters() {
    qt().withExamples(40).withFixedSeed(5).forAll(integers().between(32_760, 32_775)).checkAssert(length -> {
      String text = "x".repeat(length);
      new Fixture().expect(length <= 32_768, swf -> swf.startWorkflowExecution(r -> r.domain("d").workflowId("w")
          .workflowType(t -> t.name("T").version("1")).input(text)));
      Fixture signalled = new Fixture();
      signalled.swf.startWorkflowExecution(r -> r.domain("d").workflowId("w").workflowType(t -> t.name("T")
          .version("1")));
      signalled.expect(length <= 32_768, swf -> swf.signalWorkflowExecution(r -> r.domain("d").workflowId("w")
          .signalName("s").input(text)));
    });
  }

  @Test
  void timeoutsAreSecondsOrNoneAndAnExecutionsIsNeverNoneNorOverAYear() {
    Gen<String> timeouts = Generate.pick(List.of("0", "1", "31536000", "31536001", "99999999", "NONE", "none", "",
        "-1", "1.5", "12345678", "123456789", " 5", "1e3"));
    qt().withExamples(EXAMPLES).withFixedSeed(6).forAll(timeouts, timeouts).checkAssert((execution, task) -> {
      boolean executionValid = execution.matches("[0-9]{1,8}") && Long.parseLong(execution) <= 31_536_000L;
      boolean taskValid = task.equals("NONE") || task.matches("[0-9]{1,8}");
      new Fixture().expect(executionValid && taskValid, swf -> swf.startWorkflowExecution(r -> r.domain("d")
          .workflowId("w").workflowType(t -> t.name("T").version("1")).executionStartToCloseTimeout(execution)
          .taskStartToCloseTimeout(task)));
    });
  }

  @Test
  void pageSizesRunFromZeroToAThousand() {
    qt().withExamples(EXAMPLES).withFixedSeed(7).forAll(integers().between(-3, 1003)).checkAssert(size ->
        new Fixture().expect(size >= 0 && size <= 1000, swf -> swf.listOpenWorkflowExecutions(r -> r.domain("d")
            .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(size))));
  }

  @Test
  void closedQueriesTakeOneTimeFilterAndAtMostOnePropertyFilter() {
    qt().withExamples(EXAMPLES).withFixedSeed(8).forAll(integers().between(0, 3), integers().between(0, 15))
        .checkAssert((times, filters) -> new Fixture().expect(
            (times == 1 || times == 2) && Integer.bitCount(filters) <= 1,
            swf -> swf.countClosedWorkflowExecutions(r -> {
              r.domain("d");
              if ((times & 1) != 0) {
                r.startTimeFilter(f -> f.oldestDate(START));
              }
              if ((times & 2) != 0) {
                r.closeTimeFilter(f -> f.oldestDate(START));
              }
              if ((filters & 1) != 0) {
                r.executionFilter(f -> f.workflowId("w"));
              }
              if ((filters & 2) != 0) {
                r.typeFilter(f -> f.name("T"));
              }
              if ((filters & 4) != 0) {
                r.tagFilter(f -> f.tag("t"));
              }
              if ((filters & 8) != 0) {
                r.closeStatusFilter(f -> f.status("FAILED"));
              }
            })));
  }

  @Test
  void aTokenWorksOnlyUnchangedAndOnlyForItsQuery() {
    qt().withExamples(EXAMPLES).withFixedSeed(9).forAll(integers().between(0, 5), integers().between(0, 200),
        integers().between(0, 63)).checkAssert((change, position, replacement) -> {
          Fixture fixture = new Fixture();
          for (int i = 0; i < 3; i++) {
            String id = "w" + i;
            fixture.swf.startWorkflowExecution(r -> r.domain("d").workflowId(id).workflowType(t -> t.name("T")
                .version("1")));
          }
          ListOpenWorkflowExecutionsRequest first = ListOpenWorkflowExecutionsRequest.builder().domain("d")
              .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(1).build();
          String token = fixture.swf.listOpenWorkflowExecutions(first).nextPageToken();
          String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
          int at = position % token.length();
          String changed;
          ListOpenWorkflowExecutionsRequest.Builder next = first.toBuilder();
          switch (change) {
            case 0:
              changed = token;
              break;
            case 1:
              changed = token.substring(0, at) + base64.charAt(replacement) + token.substring(at + 1);
              break;
            case 2:
              changed = token.substring(0, at);
              break;
            case 3:
              changed = token;
              next.tagFilter(f -> f.tag("t"));
              break;
            case 4:
              changed = token;
              next.reverseOrder(true);
              break;
            default:
              changed = token;
              next.startTimeFilter(f -> f.oldestDate(START.minusMillis(1)));
              break;
          }
          boolean unchanged = change == 0 || (change == 1 && changed.equals(token));
          fixture.expect(unchanged, swf -> swf.listOpenWorkflowExecutions(next.nextPageToken(changed).build()));
        });
  }
}
