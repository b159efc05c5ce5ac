import { normalize, parseDocument, type ColorScheme, type UiLanguage } from '@floke/core';
import { CLI_WORDS } from '../cli-words.js';
import { EXIT, UsageError, displayName, oneLine, readInput, type CliIo } from '../io.js';
import { svgToPng } from '../png.js';
import { renderView, type ViewName } from '../render-view.js';

export interface RenderCommandOptions {
  readonly file: string;
  readonly view: ViewName;
  readonly format: 'svg' | 'png';
  readonly width: number;
  readonly scale: number;
  readonly lang: UiLanguage;
  readonly theme: ColorScheme;
  readonly output?: string | undefined;
  readonly selected?: string | undefined;
  readonly loop?: string | undefined;
}

/**
 * `floke render`: one view as SVG or PNG. Problems in the document are reported on standard error and the rest is
 * drawn, as the elements do; a document that is not JSON exits 1.
 */
export async function renderCommand(options: RenderCommandOptions, io: CliIo): Promise<number> {
  if (options.selected || options.loop)
    throw new UsageError('--selected and --loop are not supported yet: the Node renderer draws views at rest.');
  if (options.format === 'png' && (!options.output || options.output === '-'))
    throw new UsageError('PNG needs an output file: -o FILE.png');
  const name = displayName(options.file);
  const parsed = parseDocument(await readInput(options.file, io));
  const w = CLI_WORDS[options.lang];
  if (parsed.problems.length) {
    for (const p of parsed.problems)
      io.stderr(`${name}: ${w.severity[p.severity]} ${p.pointer || '/'} [${p.code}] ${oneLine(p.message[options.lang])}\n`);
    return EXIT.invalid;
  }
  const model = normalize(parsed.document, { lang: options.lang });
  for (const p of model.problems)
    io.stderr(`${name}: ${w.severity[p.severity]} ${p.pointer || '/'} [${p.code}] ${oneLine(p.message[options.lang])}\n`);
  const svg = renderView(model, { ...options, scheme: options.theme });
  const out = options.format === 'png' ? svgToPng(svg, options.scale) : svg;
  if (!options.output || options.output === '-') io.stdout(svg);
  else {
    await io.writeFile(options.output, out);
    io.stderr(w.wrote(options.output) + '\n');
  }
  return EXIT.ok;
}
