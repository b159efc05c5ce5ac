import { normalize, parseDocument, type ColorScheme, type UiLanguage } from '@floke/core';
import { CLI_WORDS } from '../cli-words.js';
import { EXIT, UsageError, displayName, oneLine, readInput, type CliIo } from '../io.js';
import { svgToPng } from '../png.js';
import { progress } from '../progress.js';
import { UnknownTargetError, renderView, type ViewName } from '../render-view.js';

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
  readonly progress?: boolean;
}

/**
 * `floke render`: one view as SVG or PNG, at rest or with `--selected ID` / `--loop CODE` drawn as the element draws
 * them. Problems in the document are reported on standard error and the rest is drawn, as the elements do; a document
 * that is not JSON exits 1; an id or loop the view does not have exits 2 (the command cannot run as asked).
 */
export async function renderCommand(options: RenderCommandOptions, io: CliIo): Promise<number> {
  const w = CLI_WORDS[options.lang];
  if (options.loop !== undefined && options.view !== 'loops') throw new UsageError(w.loopNeedsLoops);
  if (options.format === 'png' && (!options.output || options.output === '-'))
    throw new UsageError('PNG needs an output file: -o FILE.png');
  const name = displayName(options.file);
  const steps = progress(io, options.lang, options.progress ?? false);
  steps.reading(name);
  const parsed = parseDocument(await readInput(options.file, io));
  if (parsed.problems.length) {
    for (const p of parsed.problems)
      io.stderr(`${name}: ${w.severity[p.severity]} ${p.pointer || '/'} [${p.code}] ${oneLine(p.message[options.lang])}\n`);
    return EXIT.invalid;
  }
  const model = normalize(parsed.document, { lang: options.lang });
  for (const p of model.problems)
    io.stderr(`${name}: ${w.severity[p.severity]} ${p.pointer || '/'} [${p.code}] ${oneLine(p.message[options.lang])}\n`);
  let svg: string;
  try {
    svg = renderView(model, {
      ...options,
      scheme: options.theme,
      onStep: (step) => (step === 'layout' ? steps.layingOut(options.view) : steps.drawing(options.format.toUpperCase())),
    });
  } catch (error) {
    if (!(error instanceof UnknownTargetError)) throw error;
    // The arguments name something this document's view does not have: the command cannot run as asked.
    const message =
      error.target === 'loop' ? w.unknownLoop(error.value, error.known) : w.unknownSelected(error.value, options.view, error.known);
    io.stderr(`floke: ${name}: ${message}\n`);
    return EXIT.usage;
  }
  const out = options.format === 'png' ? svgToPng(svg, options.scale) : svg;
  if (!options.output || options.output === '-') io.stdout(svg);
  else {
    await io.writeFile(options.output, out);
    io.stderr(w.wrote(options.output) + '\n');
  }
  return EXIT.ok;
}
