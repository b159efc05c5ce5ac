import { readFile } from 'node:fs/promises';

/** Where a command reads and writes: the process in real use, strings in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input, as text. */
  readonly stdin: () => Promise<string>;
  /** Writes a file (text or bytes). */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Standard error is a terminal: progress lines are shown without `--progress`. */
  readonly stderrIsTerminal?: boolean;
}

/** Exit codes: 0 all good (warnings allowed), 1 a document has errors, 2 the command could not run as asked. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A mistake in how the command was called or a file that cannot be read: exit 2 with this message. */
export class UsageError extends Error {}

/** A file's text, or standard input's for `-`. */
export async function readInput(path: string, io: CliIo): Promise<string> {
  if (path === '-') return io.stdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
}

/** The name a file is reported by. */
export const displayName = (path: string) => (path === '-' ? '<stdin>' : path);

/** A message on one line, so each problem is one line of output (JSON syntax errors quote the text around). */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
