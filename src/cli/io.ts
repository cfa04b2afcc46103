/** Where a command writes: the process's streams, or a test's buffers. Its own module so commands need not import main.ts. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, where `build` draws its progress bar; default false. */
  stderrIsTTY?: boolean;
}
