import { fstatSync, writeSync } from 'node:fs';

/**
 * A writer of standard output or error through its file descriptor. Node builds `process.stdout` and `process.stderr`
 * on first use, loading its net and stream modules for a pipe: ~5 ms each, a tenth of a short run's own time. The
 * writes block, as Node's own stream does for pipes and terminals on Linux and macOS. Where that cannot hold, the rest
 * goes to Node's stream: a descriptor another process left non-blocking (EAGAIN), and Windows, whose console needs the
 * stream to print Unicode. `onError` gets any other failure, from either path (EPIPE: the reader has gone).
 */
export function descriptorWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream, onError: (error: NodeJS.ErrnoException) => void): (text: string) => void {
  let fallback: NodeJS.WriteStream | undefined;
  const useStream = () => (fallback ??= stream().on('error', onError));
  if (process.platform === 'win32') useStream();
  return (text) => {
    if (fallback !== undefined) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') useStream().write(bytes.subarray(written));
      else onError(error as NodeJS.ErrnoException);
    }
  };
}

/**
 * Whether `fd` may be a terminal, known without Node's tty module (it loads net, ~5 ms): only a character device can
 * be one. /dev/null is one too, so a true answer is confirmed by the stream's `isTTY`, built only then.
 */
export function mayBeTerminal(fd: 1 | 2): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    // A closed descriptor: no terminal.
    return false;
  }
}
