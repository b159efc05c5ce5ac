import { normalize, parseDocument, type NormalizedDocument, type UiLanguage } from '@floke/core';
import { diff, diffSummary, type DocumentDiff } from '@floke/core/diff';
import { EXIT, displayName, oneLine, readInput, type CliIo } from '../io.js';
import { CLI_WORDS } from '../cli-words.js';
import { DIFF_FORMATS, diffMarkdown, diffText, type DiffFormat } from './diff-format.js';

export { DIFF_FORMATS };

export interface DiffCommandOptions {
  readonly before: string;
  readonly after: string;
  readonly format: DiffFormat;
  readonly lang: UiLanguage;
}

/** Reads and normalizes one version; its problems go to standard error (the rest is compared), undefined when not JSON. */
async function version(file: string, lang: UiLanguage, io: CliIo): Promise<NormalizedDocument | undefined> {
  const w = CLI_WORDS[lang];
  const name = displayName(file);
  const report = (p: { severity: 'error' | 'warning'; pointer: string; code: string; message: Record<UiLanguage, string> }) =>
    io.stderr(`${name}: ${w.severity[p.severity]} ${p.pointer || '/'} [${p.code}] ${oneLine(p.message[lang])}\n`);
  const parsed = parseDocument(await readInput(file, io));
  if (parsed.problems.length) {
    parsed.problems.forEach(report);
    return undefined;
  }
  const model = normalize(parsed.document, { lang });
  model.problems.forEach(report);
  return model;
}

/**
 * `floke diff BEFORE AFTER`: what changed from one version of a document to another, as a summary in words and the
 * changes with their JSON pointers (text), as the diff object with its summary (json), or as a Markdown report.
 * Exit 0 when both files could be compared (whether or not they differ), 1 when one is not JSON.
 */
export async function diffCommand(options: DiffCommandOptions, io: CliIo): Promise<number> {
  const before = await version(options.before, options.lang, io);
  const after = await version(options.after, options.lang, io);
  if (!before || !after) return EXIT.invalid;
  const result: DocumentDiff = diff(before, after);
  const summary = diffSummary(result, options.lang);
  const files = { before: displayName(options.before), after: displayName(options.after) };
  if (options.format === 'json') io.stdout(JSON.stringify({ files, summary, diff: result }, null, 2) + '\n');
  else if (options.format === 'markdown') io.stdout(diffMarkdown(result, summary, files, options.lang));
  else io.stdout(diffText(result, summary, files, options.lang));
  return EXIT.ok;
}
