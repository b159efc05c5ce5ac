import { parseDocument, validate, type Problem, type UiLanguage } from '@floke/core';
import { EXIT, displayName, oneLine, readInput, type CliIo } from '../io.js';
import { CLI_WORDS } from '../cli-words.js';

export interface ValidateOptions {
  readonly files: readonly string[];
  readonly lang: UiLanguage;
  readonly format: 'text' | 'json';
}

interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly problems: readonly Problem[];
}

/** `floke validate FILE…`: every problem with its JSON pointer, in the chosen language; exit 1 when any file has errors. */
export async function validateCommand(options: ValidateOptions, io: CliIo): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of options.files) {
    const parsed = parseDocument(await readInput(file, io));
    const result = parsed.problems.length ? { valid: false, problems: parsed.problems } : validate(parsed.document);
    reports.push({ file: displayName(file), valid: result.valid, problems: result.problems });
  }
  const w = CLI_WORDS[options.lang];
  if (options.format === 'json') {
    const json = reports.map((r) => ({
      file: r.file,
      valid: r.valid,
      problems: r.problems.map((p) => ({
        pointer: p.pointer,
        code: p.code,
        severity: p.severity,
        message: p.message[options.lang],
        params: p.params,
      })),
    }));
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const r of reports) {
      for (const p of r.problems)
        io.stdout(`${r.file}: ${w.severity[p.severity]} ${p.pointer || '/'} [${p.code}] ${oneLine(p.message[options.lang])}\n`);
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      const warnings = r.problems.length - errors;
      io.stdout(`${r.file}: ${r.valid ? w.valid : w.invalid} (${w.counts(errors, warnings)})\n`);
    }
  }
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
}
