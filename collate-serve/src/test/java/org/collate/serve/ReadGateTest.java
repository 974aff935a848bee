package org.collate.serve;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadGateTest {

    @Test
    void admitsAsManyReadsAsToldAndNoMore() {
        ReadGate gate = new ReadGate(2);
        assertTrue(gate.tryEnter());
        assertTrue(gate.tryEnter());
        assertFalse(gate.tryEnter());
        gate.exit();
        assertTrue(gate.tryEnter());
    }

    @Test
    void holdsOneSlotBackWhileAPostIsInFlight() {
        ReadGate gate = new ReadGate(2);
        gate.postStarted();
        assertEquals(1, gate.postsInFlight());
        assertEquals(1, gate.limit());
        assertTrue(gate.tryEnter());
        assertFalse(gate.tryEnter(), "the second slot is the writer's while it posts");
        gate.postEnded();
        assertEquals(0, gate.postsInFlight());
        assertEquals(2, gate.limit());
        assertTrue(gate.tryEnter());
    }

    @Test
    void neverHoldsBackTheLastSlot() {
        ReadGate gate = new ReadGate(1);
        gate.postStarted();
        gate.postStarted();
        assertEquals(1, gate.limit());
        assertTrue(gate.tryEnter(), "a one-core server still reads while it posts");
        assertEquals(1, new ReadGate(0).limit());
    }

    @Test
    void aReadWaitingForTheWritersSlotGetsItWhenThePostEnds() throws Exception {
        ReadGate gate = new ReadGate(2);
        gate.postStarted();
        assertTrue(gate.tryEnter());
        CountDownLatch admitted = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                gate.enter();
                admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertFalse(gate.tryEnter());
        gate.postEnded();
        assertTrue(admitted.await(10, TimeUnit.SECONDS), "the waiting read is let in once the post ends");
        reader.join();
        assertFalse(gate.tryEnter(), "both slots are taken again");
    }
}
