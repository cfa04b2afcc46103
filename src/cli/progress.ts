import type { BuildProgress } from '../site/build/types.js';
import { terminalText } from '../text.js';

export interface ProgressOptions {
  write: (text: string) => void;
  /** A terminal gets one bar redrawn in place; anything else (a CI log, a pipe) gets plain lines. */
  tty: boolean;
  /** Nothing is shown before the build has run this long, so short builds stay silent. */
  delayMs: number;
  now?: () => number;
}

export interface ProgressReporter {
  update: (progress: BuildProgress) => void;
  /** Erases the bar, if one is drawn, so the summary starts on a clean line. */
  clear: () => void;
}

/** How often the bar is redrawn at most: faster is flicker and wasted writes. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;
/** The bar line is cut to fit an 80-column terminal, so it never wraps (a wrapped line cannot be redrawn with \r). */
const LINE_WIDTH = 79;
/** Without a terminal, a line each time another tenth of the requests is done. */
const LOG_STEPS = 10;

export function progressReporter({ write, tty, delayMs, now = () => performance.now() }: ProgressOptions): ProgressReporter {
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  let loggedStep = 0;
  let loggedPhase: BuildProgress['phase'] = 'render';

  return {
    update({ phase, done, total, request }) {
      const at = now();
      if (phase !== loggedPhase) {
        loggedPhase = phase;
        loggedStep = 0;
      }
      if (total === 0 || at - started < delayMs) return;
      if (tty) {
        if (at - lastDraw < REDRAW_MS && done < total) return;
        lastDraw = at;
        drawn = true;
        write(`\r${barLine(PHASE_WORDS[phase], done, total, request)}\x1b[K`);
        return;
      }
      const step = Math.floor((done / total) * LOG_STEPS);
      if (step > loggedStep) {
        loggedStep = step;
        write(`${PHASE_WORDS[phase]}: ${done}/${total} requests (${Math.floor((done / total) * 100)}%)\n`);
      }
    },
    clear() {
      if (drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}

const PHASE_WORDS: Readonly<Record<BuildProgress['phase'], string>> = { render: 'Rendering', write: 'Writing' };

function barLine(word: string, done: number, total: number, request: string): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  const line = `${word} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${terminalText(request)}`;
  return line.length > LINE_WIDTH ? `${line.slice(0, LINE_WIDTH - 1)}…` : line;
}
