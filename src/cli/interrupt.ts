import { constants } from 'node:os';

export interface Interruption {
  /** Aborted by the first SIGINT or SIGTERM, with an Error naming the signal as its reason. */
  signal: AbortSignal;
  /** 128 + the signal's number (130 for SIGINT), once a signal came. */
  exitCode: () => number | undefined;
  /** Stops listening; Node's own handling of the signals applies again. */
  dispose: () => void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * While a build runs: the first Ctrl-C (or SIGTERM) asks it to stop after the file it is writing, so it never leaves a
 * manifest for files that are not there; a second one ends the process at once, as Ctrl-C usually does.
 */
export function interruptOnSignals(): Interruption {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const codeOf = (name: NodeJS.Signals) => 128 + constants.signals[name];
  const onSignal = (name: NodeJS.Signals) => {
    if (received !== undefined) process.exit(codeOf(received));
    received = name;
    controller.abort(new Error(`interrupted by ${name}`));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    exitCode: () => (received === undefined ? undefined : codeOf(received)),
    dispose: () => {
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}
