package org.collate.limit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTest {

    @Test
    void outsideABudgetCheckingDoesNothing() {
        Deadline.check();
    }

    @Test
    void aSpentBudgetStopsTheWorkAtItsNextCheck() {
        assertThatThrownBy(() -> Deadline.within(Duration.ofNanos(1), () -> {
            long start = System.nanoTime();
            while (System.nanoTime() - start < 1_000) {
                Thread.onSpinWait(); // let the budget pass, without sleeping
            }
            Deadline.check();
            return "finished";
        })).isInstanceOfSatisfying(Deadline.Exceeded.class,
                e -> assertThat(e.getMessage()).isEqualTo("over its time budget of 0 ms"));
        Deadline.check(); // the budget ended with its work
    }

    @Test
    void workWithinItsBudgetFinishes() {
        assertThat(Deadline.within(Duration.ofHours(1), () -> {
            Deadline.check();
            return "finished";
        })).isEqualTo("finished");
    }

    @Test
    void anInnerBudgetCannotExtendAnOuterOne() {
        assertThatThrownBy(() -> Deadline.within(Duration.ofNanos(1), () -> Deadline.within(Duration.ofHours(1), () -> {
            long start = System.nanoTime();
            while (System.nanoTime() - start < 1_000) {
                Thread.onSpinWait();
            }
            Deadline.check();
            return "finished";
        }))).isInstanceOf(Deadline.Exceeded.class);
    }
}
