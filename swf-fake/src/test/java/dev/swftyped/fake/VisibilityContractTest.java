package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/** Listing and counting executions: filters, their rules, order, pages and tokens. */
@FakeOnly("lists and counts the executions of whole domains: on SWF the suite's domain holds every run's, and visibility is eventually consistent")
class VisibilityContractTest extends ContractTest {

  /** Starts an execution one second after the previous one; the first starts at START. */
  String startLater(String workflowId, UnaryOperator<software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest.Builder> more) {
    advance(Duration.ofSeconds(1));
    return start(workflowId, more);
  }

  String startLater(String workflowId) {
    return startLater(workflowId, r -> r);
  }

  void terminate(String workflowId) {
    advance(Duration.ofSeconds(1));
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId));
  }

  List<String> open(UnaryOperator<ListOpenWorkflowExecutionsRequest.Builder> query) {
    return ids(swf.listOpenWorkflowExecutions(r -> query.apply(r.domain(DOMAIN))).executionInfos());
  }

  List<String> openSince(Instant oldest, UnaryOperator<ListOpenWorkflowExecutionsRequest.Builder> query) {
    return open(r -> query.apply(r.startTimeFilter(f -> f.oldestDate(oldest))));
  }

  List<String> closed(UnaryOperator<ListClosedWorkflowExecutionsRequest.Builder> query) {
    return ids(swf.listClosedWorkflowExecutions(r -> query.apply(r.domain(DOMAIN))).executionInfos());
  }

  static List<String> ids(List<WorkflowExecutionInfo> infos) {
    return infos.stream().map(info -> info.execution().workflowId()).toList();
  }

  @Test
  void openExecutionsAreListedNewestFirstOrReversed() {
    registerDomainAndType();
    startLater("a");
    startLater("b");
    startLater("c");

    assertThat(openSince(START, r -> r)).containsExactly("c", "b", "a");
    assertThat(openSince(START, r -> r.reverseOrder(true))).containsExactly("a", "b", "c");
  }

  @Test
  void executionsStartedInTheSameMillisecondKeepTheirStartOrder() {
    registerDomainAndType();
    start("a");
    start("b");

    assertThat(openSince(START, r -> r)).containsExactly("b", "a");
  }

  @Test
  void startTimeWindowsIncludeBothBounds() {
    registerDomainAndType();
    startLater("a");
    startLater("b");
    startLater("c");

    assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(START.plusSeconds(2)).latestDate(START.plusSeconds(3)))))
        .containsExactly("c", "b");
    assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(START.plusMillis(2001)).latestDate(START.plusSeconds(3)))))
        .containsExactly("c");
    assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(START).latestDate(START.plusMillis(1999)))))
        .containsExactly("a");
    assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(START.plusSeconds(3)).latestDate(START.plusSeconds(2)))))
        .isEmpty();
  }

  @Test
  void closedExecutionsAreOrderedByStartTimeOrByCloseTimeAsTheirFilterSays() {
    registerDomainAndType();
    startLater("first-started");
    startLater("second-started");
    terminate("second-started");
    terminate("first-started");

    assertThat(closed(r -> r.startTimeFilter(f -> f.oldestDate(START))))
        .containsExactly("second-started", "first-started");
    assertThat(closed(r -> r.closeTimeFilter(f -> f.oldestDate(START))))
        .containsExactly("first-started", "second-started");
    assertThat(closed(r -> r.closeTimeFilter(f -> f.oldestDate(START)).reverseOrder(true)))
        .containsExactly("second-started", "first-started");
  }

  @Test
  void closeTimeWindowsIncludeBothBounds() {
    registerDomainAndType();
    startLater("a");
    startLater("b");
    terminate("a");
    terminate("b");
    Instant aClosed = START.plusSeconds(3);

    assertThat(closed(r -> r.closeTimeFilter(f -> f.oldestDate(aClosed).latestDate(aClosed)))).containsExactly("a");
  }

  @Test
  void openExecutionsAreNotListedAsClosedNorTheOtherWayRound() {
    registerDomainAndType();
    startLater("open");
    startLater("closed");
    terminate("closed");

    assertThat(openSince(START, r -> r)).containsExactly("open");
    assertThat(closed(r -> r.startTimeFilter(f -> f.oldestDate(START)))).containsExactly("closed");
  }

  @Test
  void everyFilterKindSelectsItsOpenExecutions() {
    registerDomainAndType();
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("2"));
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Refund").version("1"));
    startLater("a", r -> r.tagList("vip"));
    startLater("b", r -> r.workflowType(t -> t.name("Order").version("2")).tagList("VIP").taskList(t -> t.name("d"))
        .executionStartToCloseTimeout("60").taskStartToCloseTimeout("5").childPolicy("ABANDON"));
    startLater("c", r -> r.workflowType(t -> t.name("Refund").version("1")).tagList("eu", "vip")
        .taskList(t -> t.name("d")).executionStartToCloseTimeout("60").taskStartToCloseTimeout("5")
        .childPolicy("ABANDON"));

    assertThat(openSince(START, r -> r.executionFilter(f -> f.workflowId("b")))).containsExactly("b");
    assertThat(openSince(START, r -> r.executionFilter(f -> f.workflowId("z")))).isEmpty();
    assertThat(openSince(START, r -> r.typeFilter(f -> f.name("Order").version("1")))).containsExactly("a");
    assertThat(openSince(START, r -> r.typeFilter(f -> f.name("Order")))).containsExactly("b", "a");
    assertThat(openSince(START, r -> r.tagFilter(f -> f.tag("vip")))).containsExactly("c", "a");
    assertThat(openSince(START, r -> r.tagFilter(f -> f.tag("VIP")))).containsExactly("b");
    assertThat(openSince(START, r -> r.tagFilter(f -> f.tag("")))).isEmpty();
  }

  @Test
  void everyFilterKindSelectsItsClosedExecutions() {
    registerDomainAndType();
    startLater("a", r -> r.tagList("vip"));
    startLater("b");
    startLater("c", r -> r.executionStartToCloseTimeout("1"));
    terminate("a");
    terminate("b");
    startLater("a");
    terminate("a");

    assertThat(closed(r -> r.startTimeFilter(f -> f.oldestDate(START)).executionFilter(f -> f.workflowId("a"))))
        .containsExactly("a", "a");
    assertThat(closed(r -> r.startTimeFilter(f -> f.oldestDate(START)).tagFilter(f -> f.tag("vip"))))
        .containsExactly("a");
    assertThat(closed(r -> r.startTimeFilter(f -> f.oldestDate(START)).typeFilter(f -> f.name("Order"))))
        .containsExactly("a", "c", "b", "a");
    assertThat(closed(r -> r.closeTimeFilter(f -> f.oldestDate(START)).closeStatusFilter(f -> f.status("TIMED_OUT"))))
        .containsExactly("c");
    assertThat(closed(r -> r.closeTimeFilter(f -> f.oldestDate(START))
        .closeStatusFilter(f -> f.status(CloseStatus.TERMINATED)))).containsExactly("a", "b", "a");
    assertThat(closed(r -> r.closeTimeFilter(f -> f.oldestDate(START))
        .closeStatusFilter(f -> f.status(CloseStatus.COMPLETED)))).isEmpty();
  }

  @Test
  void onlyOneExclusiveFilterIsAllowedPerQuery() {
    registerDomainAndType();

    validation(() -> openSince(START, r -> r.typeFilter(f -> f.name("Order")).tagFilter(f -> f.tag("vip"))),
        "Cannot specify more than one exclusive filters in the same query: [TagFilter, WorkflowTypeFilter]");
    validation(() -> closed(r -> r.closeTimeFilter(f -> f.oldestDate(START)).typeFilter(f -> f.name("Order"))
            .closeStatusFilter(f -> f.status("FAILED"))),
        "Cannot specify more than one exclusive filters in the same query: [WorkflowTypeFilter, CloseStatusFilter]");
    validation(() -> swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
            .executionFilter(f -> f.workflowId("a")).tagFilter(f -> f.tag("t")).closeStatusFilter(f -> f.status("FAILED"))),
        "Cannot specify more than one exclusive filters in the same query: "
            + "[WorkflowExecutionFilter, TagFilter, CloseStatusFilter]");
  }

  @Test
  void closedQueriesNeedExactlyOneTimeFilter() {
    registerDomainAndType();

    validation(() -> closed(r -> r.startTimeFilter(f -> f.oldestDate(START)).closeTimeFilter(f -> f.oldestDate(START))),
        "Cannot specify both startTimeFilter and closeTimeFilter in the same query");
    validation(() -> closed(r -> r), "Must specify either startTimeFilter or closeTimeFilter");
    validation(() -> swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN)),
        "Must specify either startTimeFilter or closeTimeFilter");
  }

  @Test
  void openQueriesNeedAStartTimeFilterWithAnOldestDate() {
    registerDomainAndType();

    validation(() -> open(r -> r),
        "1 validation error detected: Value null at 'startTimeFilter' failed to satisfy constraint: "
            + "Member must not be null");
    validation(() -> open(r -> r.startTimeFilter(f -> f.latestDate(START))),
        "1 validation error detected: Value null at 'startTimeFilter.oldestDate' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void pageSizesRunFromZeroToAThousand() {
    registerDomainAndType();

    validation(() -> openSince(START, r -> r.maximumPageSize(1001)),
        "1 validation error detected: Value '1001' at 'maximumPageSize' failed to satisfy constraint: "
            + "Member must have value less than or equal to 1000");
    validation(() -> openSince(START, r -> r.maximumPageSize(-1)),
        "1 validation error detected: Value '-1' at 'maximumPageSize' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 0");
  }

  @Test
  void anAbsentOrZeroPageSizeMeansAThousand() {
    registerDomainAndType();
    for (int i = 0; i < 1001; i++) {
      start("order-" + i);
    }

    ListOpenWorkflowExecutionsResponse absent = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)));
    ListOpenWorkflowExecutionsResponse zero = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(0));
    ListOpenWorkflowExecutionsResponse last = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).nextPageToken(absent.nextPageToken()));

    assertThat(absent.executionInfos()).hasSize(1000);
    assertThat(zero.executionInfos()).hasSize(1000);
    assertThat(ids(last.executionInfos())).containsExactly("order-0");
    assertThat(last.nextPageToken()).isNull();
  }

  @Test
  void aFullLastPageHasNoToken() {
    registerDomainAndType();
    startLater("a");
    startLater("b");

    ListOpenWorkflowExecutionsResponse page = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2));

    assertThat(ids(page.executionInfos())).containsExactly("b", "a");
    assertThat(page.nextPageToken()).isNull();
  }

  @Test
  void pagesStayStableWhenExecutionsStartBetweenThem() {
    registerDomainAndType();
    for (String id : List.of("a", "b", "c", "d", "e")) {
      startLater(id);
    }

    List<String> newestFirst = new ArrayList<>();
    List<String> oldestFirst = new ArrayList<>();
    String newest = null;
    String oldest = null;
    int page = 0;
    do {
      String newestToken = newest;
      String oldestToken = oldest;
      if (page == 0 || newest != null) {
        ListOpenWorkflowExecutionsResponse down = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
            .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2).nextPageToken(newestToken));
        newestFirst.addAll(ids(down.executionInfos()));
        newest = down.nextPageToken();
      }
      if (page == 0 || oldest != null) {
        ListOpenWorkflowExecutionsResponse up = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
            .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2).reverseOrder(true)
            .nextPageToken(oldestToken));
        oldestFirst.addAll(ids(up.executionInfos()));
        oldest = up.nextPageToken();
      }
      startLater("new-" + page++);
    } while (newest != null || oldest != null);

    assertThat(newestFirst).containsExactly("e", "d", "c", "b", "a");
    assertThat(oldestFirst).startsWith("a", "b", "c", "d", "e").doesNotHaveDuplicates();
  }

  @Test
  void executionsThatCloseBetweenPagesAreNeitherRepeatedNorSkippedOver() {
    registerDomainAndType();
    for (String id : List.of("a", "b", "c", "d")) {
      startLater(id);
    }
    ListOpenWorkflowExecutionsResponse first = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2));
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("c"));

    ListOpenWorkflowExecutionsResponse second = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2).nextPageToken(first.nextPageToken()));

    assertThat(ids(first.executionInfos())).containsExactly("d", "c");
    assertThat(ids(second.executionInfos())).containsExactly("b", "a");
  }

  @Test
  void aTokenIsBoundToTheQueryThatProducedIt() {
    registerDomainAndType();
    startLater("a", r -> r.tagList("t"));
    startLater("b", r -> r.tagList("t"));
    String token = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
        .tagFilter(f -> f.tag("t")).maximumPageSize(1)).nextPageToken();

    validation(() -> openSince(START, r -> r.tagFilter(f -> f.tag("u")).nextPageToken(token)), "Invalid token");
    validation(() -> openSince(START.plusMillis(1), r -> r.tagFilter(f -> f.tag("t")).nextPageToken(token)),
        "Invalid token");
    validation(() -> openSince(START, r -> r.tagFilter(f -> f.tag("t")).reverseOrder(true).nextPageToken(token)),
        "Invalid token");
    validation(() -> closed(r -> r.startTimeFilter(f -> f.oldestDate(START)).tagFilter(f -> f.tag("t"))
        .nextPageToken(token)), "Invalid token");
    assertThat(openSince(START, r -> r.tagFilter(f -> f.tag("t")).maximumPageSize(5).nextPageToken(token)))
        .containsExactly("a");
  }

  @Test
  void aChangedOrForeignTokenIsRefused() {
    registerDomainAndType();
    startLater("a");
    startLater("b");
    String token = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
        .maximumPageSize(1)).nextPageToken();
    char[] changed = token.toCharArray();
    changed[10] = changed[10] == 'A' ? 'B' : 'A';

    validation(() -> openSince(START, r -> r.nextPageToken(new String(changed))), "Invalid token");
    validation(() -> openSince(START, r -> r.nextPageToken("not a token")), "Invalid token");
    validation(() -> openSince(START, r -> r.nextPageToken("")), "Invalid token");

    SwfFake other = SwfFake.builder().clock(clock).seed(8).build();
    other.client().registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
    validation(() -> other.client().listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).nextPageToken(token)), "Invalid token");
  }

  @Test
  void aTokenExpiresTwentyFourHoursAfterItWasIssued() {
    registerDomainAndType();
    startLater("a", r -> r.executionStartToCloseTimeout("31536000"));
    startLater("b", r -> r.executionStartToCloseTimeout("31536000"));
    String token = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
        .maximumPageSize(1)).nextPageToken();

    advance(Duration.ofHours(24));
    assertThat(openSince(START, r -> r.nextPageToken(token))).containsExactly("a");
    advance(Duration.ofMillis(1));
    validation(() -> openSince(START, r -> r.nextPageToken(token)),
        "Specified token has exceeded its maximum lifetime");
  }

  @Test
  void countsApplyTheSameFiltersAndAlwaysSayWhetherTheyAreTruncated() {
    registerDomainAndType();
    startLater("a", r -> r.tagList("vip"));
    startLater("b");
    startLater("c", r -> r.tagList("vip"));
    terminate("c");

    CountOpenWorkflowExecutionsResponse open = swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)));
    CountOpenWorkflowExecutionsResponse vip = swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).tagFilter(f -> f.tag("vip")));
    CountClosedWorkflowExecutionsResponse closed = swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN)
        .closeTimeFilter(f -> f.oldestDate(START)).closeStatusFilter(f -> f.status("TERMINATED")));

    assertThat(open.count()).isEqualTo(2);
    assertThat(open.truncated()).isFalse();
    assertThat(vip.count()).isEqualTo(1);
    assertThat(vip.truncated()).isFalse();
    assertThat(closed.count()).isEqualTo(1);
    assertThat(closed.truncated()).isFalse();
  }

  @Test
  void countsAreTruncatedAtTheConfiguredThreshold() {
    SwfFake truncating = SwfFake.builder().clock(clock).countTruncationThreshold(2).build();
    swf = truncating.client();
    registerDomainAndType();
    startLater("a");
    startLater("b");
    CountOpenWorkflowExecutionsResponse exact = swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)));
    startLater("c");

    CountOpenWorkflowExecutionsResponse over = swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)));

    assertThat(exact.count()).isEqualTo(2);
    assertThat(exact.truncated()).isFalse();
    assertThat(over.count()).isEqualTo(2);
    assertThat(over.truncated()).isTrue();
  }

  @Test
  void deprecatedDomainsAndTypesStayVisible() {
    registerDomainAndType();
    startLater("a");
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));
    swf.deprecateDomain(r -> r.name(DOMAIN));

    assertThat(openSince(START, r -> r.typeFilter(f -> f.name("Order").version("1")))).containsExactly("a");
    assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START)))
        .count()).isEqualTo(1);
  }

  @Test
  void visibilityInAnUnknownDomainFails() {
    fault(() -> openSince(START, r -> r), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown domain: orders");
    fault(() -> swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).closeTimeFilter(f -> f.oldestDate(START))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: orders");
  }

  @Test
  void listedExecutionsCarryWhatSwfReports() {
    registerDomainAndType();
    startLater("a", r -> r.tagList("vip"));
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("a"));
    startLater("b");
    terminate("b");

    WorkflowExecutionInfo open = swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START))).executionInfos().get(0);
    WorkflowExecutionInfo closed = swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START))).executionInfos().get(0);

    assertThat(open.cancelRequested()).isTrue();
    assertThat(open.tagList()).containsExactly("vip");
    assertThat(open.closeStatus()).isNull();
    assertThat(open.closeTimestamp()).isNull();
    assertThat(closed.hasTagList()).isFalse();
    assertThat(closed.closeStatus()).isEqualTo(CloseStatus.TERMINATED);
    assertThat(closed.closeTimestamp()).isEqualTo(START.plusSeconds(3));
    assertThat(closed.cancelRequested()).isFalse();
  }

  @Test
  void aClosedListingNeedsTheTimeFilterRulesBeforeTheDomainExists() {
    validation(() -> swf.listClosedWorkflowExecutions(r -> r.domain("nowhere")),
        "Must specify either startTimeFilter or closeTimeFilter");
  }

  @Test
  void farFutureAndFarPastWindowsAreAccepted() {
    registerDomainAndType();
    startLater("a");
    Instant yearOne = Instant.parse("0001-01-01T00:00:00Z");
    Instant year9999 = Instant.parse("9999-12-31T23:59:59.999Z");

    assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(yearOne).latestDate(year9999)))).containsExactly("a");
    assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(year9999)))).isEmpty();
    if (!overHttp()) { // the SDK cannot write these on the wire
      assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(Instant.MIN).latestDate(Instant.MAX))))
          .containsExactly("a");
      assertThat(open(r -> r.startTimeFilter(f -> f.oldestDate(Instant.MAX)))).isEmpty();
    }
  }

  @Test
  void theSdksPaginatorsFollowTheTokensToTheEnd() {
    registerDomainAndType();
    for (int i = 0; i < 7; i++) {
      startLater("order-" + i);
    }

    List<String> all = swf.listOpenWorkflowExecutionsPaginator(r -> r.domain(DOMAIN)
            .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(3).reverseOrder(true))
        .executionInfos().stream().map(info -> info.execution().workflowId()).toList();
    long pages = swf.listOpenWorkflowExecutionsPaginator(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(3)).stream().count();

    assertThat(all).containsExactly("order-0", "order-1", "order-2", "order-3", "order-4", "order-5", "order-6");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void listingClosedExecutionsPagesWithTheCloseTimeIndex() {
    registerDomainAndType();
    for (String id : List.of("a", "b", "c")) {
      startLater(id);
    }
    terminate("b");
    terminate("a");
    terminate("c");

    ListClosedWorkflowExecutionsResponse first = swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN)
        .closeTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2));
    ListClosedWorkflowExecutionsResponse second = swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN)
        .closeTimeFilter(f -> f.oldestDate(START)).maximumPageSize(2).nextPageToken(first.nextPageToken()));

    assertThat(ids(first.executionInfos())).containsExactly("c", "a");
    assertThat(ids(second.executionInfos())).containsExactly("b");
  }
}
