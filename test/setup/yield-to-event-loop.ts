import { afterEach } from 'vitest';

// vitest goes from one test to the next without an event-loop turn when they finish synchronously or on promises
// alone, so a file of such tests (test/build/documents.test.ts: 70 s) answers none of its worker's messages, vitest
// waits 60 s for a reply, and fails the run though every test passed. A turn after each test lets the replies in.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
