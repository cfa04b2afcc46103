import { rustRunner } from '../rust.js';

/** ureq 3 (and base64 for placeholder basic auth) against Debian 13's crates, in the Debian 13 root; the frame is in test/exec/rust.ts. */
export const runner = rustRunner({ crate: 'ureq-3.', dependencies: 'ureq = "3"\nbase64 = "0.22"\n' });
