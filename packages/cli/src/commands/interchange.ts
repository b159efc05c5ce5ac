import {
  exportCsv,
  exportGexf,
  exportGraphml,
  exportKumu,
  formatReport,
  importCsv,
  importGexf,
  importGraphml,
  importKumu,
} from '@floke/core/interchange';
import { parseDocument, type UiLanguage } from '@floke/core';
import { EXIT, UsageError, displayName, readInput, type CliIo } from '../io.js';
import { CLI_WORDS } from '../cli-words.js';
import { progress } from '../progress.js';

export const IMPORT_FORMATS = ['kumu', 'graphml', 'gexf', 'csv'] as const;
export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'kumu'] as const;

interface InterchangeOptions {
  readonly file: string;
  readonly sheet2?: string | undefined;
  readonly output?: string | undefined;
  readonly lang: UiLanguage;
  readonly progress?: boolean;
}

async function write(io: CliIo, output: string | undefined, text: string, lang: UiLanguage): Promise<void> {
  if (!output || output === '-') io.stdout(text);
  else {
    await io.writeFile(output, text);
    io.stderr(CLI_WORDS[lang].wrote(output) + '\n');
  }
}

/** `floke import --from FORMAT FILE`: a Floke document, and on standard error what could not be mapped. */
export async function importCommand(options: InterchangeOptions & { from: (typeof IMPORT_FORMATS)[number] }, io: CliIo): Promise<number> {
  const steps = progress(io, options.lang, options.progress ?? false);
  steps.reading(displayName(options.file));
  const text = await readInput(options.file, io);
  steps.converting('Floke');
  let result;
  try {
    switch (options.from) {
      case 'csv':
        result = importCsv(text, options.sheet2 ? await readInput(options.sheet2, io) : '');
        break;
      case 'graphml':
        result = importGraphml(text);
        break;
      case 'gexf':
        result = importGexf(text);
        break;
      case 'kumu': {
        const parsed = parseDocument(text);
        if (parsed.problems.length) throw new Error(parsed.problems[0]!.message[options.lang]);
        result = importKumu(parsed.document);
        break;
      }
    }
  } catch (error) {
    io.stderr(`${displayName(options.file)}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
  for (const line of formatReport(result.report)) io.stderr(`${displayName(options.file)}: ${line}\n`);
  await write(io, options.output, JSON.stringify(result.document, null, 2) + '\n', options.lang);
  return EXIT.ok;
}

/** `floke export --to FORMAT FILE`: the document in another format, and on standard error what it cannot hold. */
export async function exportCommand(options: InterchangeOptions & { to: (typeof EXPORT_FORMATS)[number] }, io: CliIo): Promise<number> {
  const steps = progress(io, options.lang, options.progress ?? false);
  steps.reading(displayName(options.file));
  const parsed = parseDocument(await readInput(options.file, io));
  if (parsed.problems.length || typeof parsed.document !== 'object' || parsed.document === null) {
    io.stderr(`${displayName(options.file)}: ${parsed.problems[0]?.message[options.lang] ?? 'not a Floke document'}\n`);
    return EXIT.invalid;
  }
  const document = parsed.document as Record<string, unknown>;
  steps.converting(options.to === 'csv' ? 'CSV' : options.to === 'kumu' ? 'Kumu' : options.to === 'gexf' ? 'GEXF' : 'GraphML');
  let text: string;
  let lost: readonly string[];
  switch (options.to) {
    case 'graphml':
      ({ text, lost } = exportGraphml(document));
      break;
    case 'gexf':
      ({ text, lost } = exportGexf(document));
      break;
    case 'kumu': {
      const result = exportKumu(document);
      text = JSON.stringify(result.blueprint, null, 2) + '\n';
      lost = result.lost;
      break;
    }
    case 'csv': {
      const sheets = exportCsv(document);
      if (!options.output || options.output === '-') {
        if (!options.sheet2) throw new UsageError('CSV gives two sheets: name the relations sheet with --sheet2 FILE, or give -o FILE');
      }
      const relationsPath = options.sheet2 ?? options.output!.replace(/(\.csv)?$/i, '-relations.csv');
      await io.writeFile(relationsPath, sheets.relations);
      io.stderr(CLI_WORDS[options.lang].wrote(relationsPath) + '\n');
      text = sheets.elements;
      lost = sheets.lost;
      break;
    }
  }
  for (const line of lost) io.stderr(`${displayName(options.file)}: ${line}\n`);
  await write(io, options.output, text, options.lang);
  return EXIT.ok;
}
