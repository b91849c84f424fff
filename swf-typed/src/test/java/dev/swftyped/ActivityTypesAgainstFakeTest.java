package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.TypeAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.TypeNotDeprecatedException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** Activity types registered, described, listed, deprecated and deleted through the library on the fake. */
class ActivityTypesAgainstFakeTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final ActivityId CHARGE = ActivityId.of("Charge", "1");

  final FakeClock clock = FakeClock.at(START);
  final SwfTyped swf = SwfTyped.create(SwfFake.builder().clock(clock).build().client(), clock);

  ActivityTypesAgainstFakeTest() {
    swf.registerDomain("shop", DomainConfiguration.retainingDays(1));
  }

  @Test
  void everyRegisteredDefaultIsDescribedBack() {
    PartialTaskConfiguration defaults = PartialTaskConfiguration.builder()
        .taskList("payments")
        .startToCloseTimeout(Timeout.ofSeconds(60))
        .scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.ofSeconds(0))
        .heartbeatTimeout(Timeout.ofSeconds(15))
        .taskPriority(7)
        .build();

    swf.registerActivityType("shop", CHARGE, defaults, "charges a card");

    assertThat(swf.describeActivityType("shop", CHARGE)).isEqualTo(new ActivityDetails(
        new ActivityInfo(CHARGE, false, START, Optional.of("charges a card"), Optional.empty()), defaults));
  }

  @Test
  void aTypeWithoutDefaultsIsDescribedWithoutDefaults() {
    swf.registerActivityType("shop", CHARGE, PartialTaskConfiguration.empty());

    assertThat(swf.describeActivityType("shop", CHARGE).defaultTaskConfiguration())
        .isEqualTo(PartialTaskConfiguration.empty());
  }

  @Test
  void listingsFollowPagesAndTheQuery() {
    for (String name : new String[] {"Charge", "Refund", "Ship"}) {
      swf.registerActivityType("shop", ActivityId.of(name, "1"), PartialTaskConfiguration.empty());
      swf.registerActivityType("shop", ActivityId.of(name, "2"), PartialTaskConfiguration.empty());
    }

    assertThat(swf.listActivityTypes("shop", ActivityTypeQuery.registered(), ListOptions.defaults().withPageSize(2)))
        .extracting(ActivityInfo::activity)
        .containsExactly(ActivityId.of("Charge", "1"), ActivityId.of("Charge", "2"), ActivityId.of("Refund", "1"),
            ActivityId.of("Refund", "2"), ActivityId.of("Ship", "1"), ActivityId.of("Ship", "2"));
    assertThat(swf.listActivityTypes("shop", ActivityTypeQuery.registered().withName("Refund"),
            ListOptions.defaults().reversed()))
        .extracting(ActivityInfo::activity)
        .containsExactly(ActivityId.of("Refund", "2"), ActivityId.of("Refund", "1"));
  }

  @Test
  void deprecationMovesATypeBetweenListingsAndUndeprecationMovesItBack() {
    swf.registerActivityType("shop", CHARGE, PartialTaskConfiguration.empty());
    clock.advance(Duration.ofMinutes(1));

    swf.deprecateActivityType("shop", CHARGE);

    assertThat(swf.listActivityTypes("shop")).isEmpty();
    assertThat(swf.listActivityTypes("shop", ActivityTypeQuery.deprecated())).singleElement()
        .isEqualTo(new ActivityInfo(CHARGE, true, START, Optional.empty(), Optional.of(START.plusSeconds(60))));

    swf.undeprecateActivityType("shop", CHARGE);

    assertThat(swf.listActivityTypes("shop")).extracting(ActivityInfo::activity).containsExactly(CHARGE);
    assertThat(swf.listActivityTypes("shop", ActivityTypeQuery.deprecated())).isEmpty();
  }

  @Test
  void aDeprecatedTypeCanBeDeletedAndIsThenUnknown() {
    swf.registerActivityType("shop", CHARGE, PartialTaskConfiguration.empty());
    swf.deprecateActivityType("shop", CHARGE);

    swf.deleteActivityType("shop", CHARGE);

    assertThatThrownBy(() -> swf.describeActivityType("shop", CHARGE))
        .isInstanceOf(UnknownResourceException.class);
  }

  @Test
  void sdkExceptionsPassThroughUnchanged() {
    swf.registerActivityType("shop", CHARGE, PartialTaskConfiguration.empty());

    assertThatThrownBy(() -> swf.registerActivityType("shop", CHARGE, PartialTaskConfiguration.empty()))
        .isInstanceOf(TypeAlreadyExistsException.class);
    assertThatThrownBy(() -> swf.deleteActivityType("shop", CHARGE))
        .isInstanceOf(TypeNotDeprecatedException.class);
  }
}
