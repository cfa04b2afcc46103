import { rustRunner } from '../rust.js';

/** reqwest 0.11 (blocking, or async on tokio) against Debian 12's crates; the frame is in test/exec/rust.ts. */
export const runner = rustRunner({
  crate: 'reqwest-0.',
  dependencies: 'reqwest = { version = "0.11", features = ["blocking", "multipart"] }\ntokio = { version = "1", features = ["full"] }\n',
});
