package io.onboarding.adapters.local.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NativePoolTest {
    private final List<Engine> created = new ArrayList<>();
    private final NativePool<Engine> pool = new NativePool<>("reader", () -> {
        Engine engine = new Engine(created.size());
        created.add(engine);
        return engine;
    });

    @Test
    void lendsAReturnedInstanceAgainInsteadOfCreatingOne() {
        Engine first = pool.borrow();
        pool.giveBack(first, true);

        assertThat(pool.borrow()).isSameAs(first);
        assertThat(created).hasSize(1);
    }

    @Test
    void growsToTheNumberOfInstancesLentAtOnce() {
        Engine first = pool.borrow();
        Engine second = pool.borrow();

        assertThat(second).isNotSameAs(first);
        assertThat(created).hasSize(2);
    }

    @Test
    void releasesAFailedInstanceAndNeverLendsItAgain() {
        Engine failed = pool.borrow();
        pool.giveBack(failed, false);

        assertThat(failed.closes.get()).isEqualTo(1);
        assertThat(pool.borrow()).isNotSameAs(failed);
    }

    @Test
    void closingReleasesIdleInstancesAndThoseReturnedLater() {
        Engine idle = pool.borrow();
        Engine lent = pool.borrow();
        pool.giveBack(idle, true);

        pool.close();
        assertThat(idle.closes.get()).isEqualTo(1);
        assertThat(lent.closes.get()).isZero();

        pool.giveBack(lent, true);
        assertThat(lent.closes.get()).isEqualTo(1);
        pool.close();
        assertThat(idle.closes.get()).as("closing twice releases nothing twice").isEqualTo(1);
    }

    @Test
    void refusesToLendOnceClosedNamingItsOwner() {
        pool.close();

        assertThatThrownBy(pool::borrow).isInstanceOf(IllegalStateException.class).hasMessage("reader is closed");
        assertThat(created).isEmpty();
    }

    private static final class Engine implements AutoCloseable {
        final int number;
        final AtomicInteger closes = new AtomicInteger();

        Engine(int number) {
            this.number = number;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }

        @Override
        public String toString() {
            return "engine " + number;
        }
    }
}
