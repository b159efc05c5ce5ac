import { parseArgs } from 'node:util';
import type { UiLanguage } from '@floke/core';
import { validateCommand } from './commands/validate.js';
import { diffCommand, DIFF_FORMATS } from './commands/diff.js';
import { importCommand, exportCommand, IMPORT_FORMATS, EXPORT_FORMATS } from './commands/interchange.js';
import { COMMAND_HELP, HELP } from './help.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { VIEWS, type ViewName } from './view-names.js';

export const VERSION = '0.1.0';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  lang: { type: 'string' },
  format: { type: 'string' },
  view: { type: 'string' },
  width: { type: 'string' },
  scale: { type: 'string' },
  theme: { type: 'string' },
  output: { type: 'string', short: 'o' },
  selected: { type: 'string' },
  loop: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  sheet2: { type: 'string' },
  progress: { type: 'boolean' },
} as const;

function oneOf<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${choices.join(', ')}${value === undefined ? '' : ` (got "${value}")`}`);
}

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number (got "${value}")`);
  return n;
}

/** Runs `floke ARGS…` and gives the exit code; never calls process.exit (tests call it directly). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.version) {
      io.stdout(VERSION + '\n');
      return EXIT.ok;
    }
    const [command, ...files] = positionals;
    if (values.help || !command) {
      io.stdout((command && COMMAND_HELP[command]) || HELP);
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    const lang: UiLanguage = oneOf('lang', values.lang, ['nb', 'nn', 'en'] as const, 'nb');
    const needFiles = (count?: number) => {
      if (files.length === 0) throw new UsageError(`${command}: no FILE given (use - for standard input)`);
      if (count && files.length > count) throw new UsageError(`${command}: one FILE only (got ${files.length})`);
    };
    const interchange = () => {
      needFiles(1);
      return { file: files[0]!, sheet2: values.sheet2, output: values.output, lang, progress: values.progress ?? false };
    };
    switch (command) {
      case 'validate':
        needFiles();
        return await validateCommand({ files, lang, format: oneOf('format', values.format, ['text', 'json'] as const, 'text') }, io);
      case 'render': {
        needFiles(1);
        // Options first, so a wrong one is a usage error whatever the renderer needs.
        const options = {
          file: files[0]!,
          view: oneOf<ViewName>('view', values.view, VIEWS),
          format: oneOf('format', values.format, ['svg', 'png'] as const, 'svg'),
          width: number('width', values.width, 1000),
          scale: number('scale', values.scale, 2),
          lang,
          theme: oneOf('theme', values.theme, ['light', 'dark'] as const, 'light'),
          output: values.output,
          selected: values.selected,
          loop: values.loop,
          progress: values.progress ?? false,
        };
        // Loaded here: it brings font measuring and the PNG renderer, which the other commands do not need.
        const { renderCommand } = await import('./commands/render.js');
        return await renderCommand(options, io);
      }
      case 'import':
        return await importCommand({ ...interchange(), from: oneOf('from', values.from, IMPORT_FORMATS) }, io);
      case 'export':
        return await exportCommand({ ...interchange(), to: oneOf('to', values.to, EXPORT_FORMATS) }, io);
      case 'diff':
        if (files.length !== 2) throw new UsageError(`diff: two FILEs, the earlier version and the later one (got ${files.length})`);
        return await diffCommand(
          { before: files[0]!, after: files[1]!, format: oneOf('format', values.format, DIFF_FORMATS, 'text'), lang },
          io,
        );
      default:
        throw new UsageError(`unknown command "${command}" (validate, render, diff, import, export; see floke --help)`);
    }
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`floke: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) io.stderr('Try floke --help.\n');
    else io.stderr('(an unexpected failure: please report it with the command and file)\n');
    return EXIT.usage;
  }
}
