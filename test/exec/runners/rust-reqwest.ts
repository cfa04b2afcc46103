import { rustRunner } from '../rust.js';

/** reqwest (blocking, or async on tokio) against Debian's crates: 0.11 in Debian 12, 0.12 in Debian 13; the frame is in test/exec/rust.ts. */
export const runner = rustRunner({
  crate: 'reqwest-0.',
  dependencies: 'reqwest = { version = ">=0.11, <0.13", features = ["blocking", "multipart"] }\ntokio = { version = "1", features = ["full"] }\n',
});
