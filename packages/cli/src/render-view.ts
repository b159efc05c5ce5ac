import {
  SECTOR_COLORS,
  SECTOR_COLOR_KEYS,
  rgbOf,
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  layoutHorizons,
  layoutIceberg,
  standaloneSvg,
  type ColorScheme,
  type NormalizedDocument,
  type UiLanguage,
} from '@floke/core';
import { computeActorNetworkView } from '@floke/core/actor-network';
import { fontTextWidth } from './font-measure.js';
import type { ViewName } from './view-names.js';
import {
  HorizonWords,
  LoopIndex,
  LoopWords,
  NetworkIndex,
  NetworkWords,
  UI_STRINGS,
  horizonsDiagramStyles,
  horizonsViewDrawing,
  icebergChainOf,
  icebergDiagramStyles,
  icebergViewDrawing,
  loopsDiagramStyles,
  loopsViewDrawing,
  networkFilter,
  networkSvgStyles,
  networkViewDrawing,
  resolveAsOf,
  marksStyles,
  changeBadgeStyles,
  progressOf,
  withProgressWord,
  type UiStrings,
} from './view-resources.js';

/** The styles of the badges and ghosts every SVG view may draw (its element's export carries the same). */
const marksCss = () => changeBadgeStyles.cssText + marksStyles.cssText;

export { VIEWS, type ViewName } from './view-names.js';

export interface RenderOptions {
  readonly view: ViewName;
  /** The container's width in CSS px, as an element would get it (default 1000). */
  readonly width?: number;
  readonly lang: UiLanguage;
  readonly scheme?: ColorScheme;
  /** The element drawn selected, as its view draws a selection (chain, ego network, neighbourhood). */
  readonly selected?: string | undefined;
  /** The loop highlighted in the causal-loop diagram, by code (R2) or id. */
  readonly loop?: string | undefined;
  /** Told when the layout starts and when the drawing starts (the CLI's progress lines). */
  readonly onStep?: ((step: 'layout' | 'draw') => void) | undefined;
}

/** An id or loop the document does not have: the CLI reports it (exit 1) instead of drawing something else. */
export class UnknownTargetError extends Error {
  constructor(
    readonly target: 'selected' | 'loop',
    readonly value: string,
    /** What the view does have: ids it draws, or the loops' codes. */
    readonly known: readonly string[],
  ) {
    super(`${target} ${value}`);
  }
}

const measures = { normal: fontTextWidth('normal'), bold: fontTextWidth('bold') };

/** The selected id, when the view draws that element; else an `UnknownTargetError`. */
function drawnSelection(options: RenderOptions, drawn: readonly string[]): string | undefined {
  if (options.selected === undefined) return undefined;
  if (!drawn.includes(options.selected)) throw new UnknownTargetError('selected', options.selected, drawn);
  return options.selected;
}

function renderIceberg(model: NormalizedDocument, options: RenderOptions, t: UiStrings): string {
  const layout = layoutIceberg(model, {
    width: Math.max(options.width ?? 1000, 480),
    texts: t.iceberg,
    ...(measures.normal ? { textWidth: measures.normal } : {}),
    ...(measures.bold ? { boldTextWidth: measures.bold } : {}),
  });
  options.onStep?.('draw');
  const selected = drawnSelection(
    options,
    layout.chips.map((c) => c.id),
  );
  const drawing = icebergViewDrawing(model, layout, t, {
    chain: selected === undefined ? undefined : icebergChainOf(model, selected),
    selected,
    marks: { progress: progressOf(model) },
    lang: options.lang,
  });
  return standaloneSvg(drawing, {
    title: model.title ?? '',
    css: icebergDiagramStyles.cssText + marksCss(),
    theme: { scheme: options.scheme ?? 'light' },
  });
}

function renderHorizons(model: NormalizedDocument, options: RenderOptions, t: UiStrings): string {
  const layout = layoutHorizons(model, {
    width: Math.max(options.width ?? 1000, 560),
    curveNames: t.horizons.names,
    ...(measures.normal ? { textWidth: measures.normal } : {}),
    ...(measures.bold ? { nameWidth: measures.bold } : {}),
  });
  options.onStep?.('draw');
  const selected = drawnSelection(
    options,
    layout.elements.map((e) => e.id),
  );
  const drawing = horizonsViewDrawing(model, layout, t, new HorizonWords(t, options.lang), {
    selected,
    marks: { progress: progressOf(model) },
    lang: options.lang,
  });
  return standaloneSvg(drawing, {
    title: model.title ?? '',
    css: horizonsDiagramStyles.cssText + marksCss(),
    theme: { scheme: options.scheme ?? 'light' },
  });
}

/** The loop limit the element searches with by default (VIEW_LOOP_LIMIT). */
const VIEW_LOOP_LIMIT = 2000;

function renderLoops(model: NormalizedDocument, options: RenderOptions, t: UiStrings): string {
  const diagram = computeCausalLoopDiagram(causalLoopDiagramInput(model, { limit: VIEW_LOOP_LIMIT, arrangement: 'auto' }), measures.normal);
  const index = new LoopIndex(diagram);
  const words = new LoopWords(index, t, options.lang);
  options.onStep?.('draw');
  const selected = drawnSelection(options, [...index.nodes.keys()]);
  const loop = options.loop === undefined ? undefined : index.loop(options.loop);
  if (options.loop !== undefined && !loop)
    throw new UnknownTargetError(
      'loop',
      options.loop,
      index.sortedLoops.map((l) => index.codes.get(l.id) ?? l.id),
    );
  const drawing = loopsViewDrawing(diagram, index, words, t, {
    loop,
    factor: selected,
    selected,
    marks: { progress: progressOf(model) },
    nodeLabel: (node) => withProgressWord(model, node.id, options.lang, words.factor(node)),
  });
  return standaloneSvg(drawing, {
    title: model.title ?? '',
    css: loopsDiagramStyles.cssText + marksCss(),
    theme: { scheme: options.scheme ?? 'light' },
  });
}

/** The stage the element aims its layout at: beside the 330 px panel, 36 em (16 px) high. */
const networkAspect = (width: number) => Math.min(2.5, Math.max(1, (width >= 720 ? width - 330 : width || 800) / (16 * 36)));

function renderNetwork(model: NormalizedDocument, options: RenderOptions, t: UiStrings): string {
  const width = options.width ?? 1000;
  const view = computeActorNetworkView({
    model,
    mode: 'actors',
    seed: 1,
    aspect: networkAspect(width),
    ...(measures.normal ? { textWidth: measures.normal } : {}),
  });
  const index = new NetworkIndex(view, model);
  const filter = networkFilter({ mode: 'actors', hideHistory: false }, resolveAsOf(undefined, model));
  const visibility = index.visibleUnder(filter, [undefined, undefined, undefined, undefined, filter.asOf, false], 1);
  const words = new NetworkWords(index, model, t, options.lang, visibility, filter.asOf);
  const scheme = options.scheme ?? 'light';
  options.onStep?.('draw');
  const selected = drawnSelection(
    options,
    view.network.nodes.filter((_, i) => visibility.nodes[i]).map((n) => n.id),
  );
  const sectorFill = Object.fromEntries(SECTOR_COLOR_KEYS.map((key) => [key, rgbOf(SECTOR_COLORS[scheme][key])])) as Record<
    (typeof SECTOR_COLOR_KEYS)[number],
    string
  >;
  const drawing = networkViewDrawing(index, visibility, words.bandNames(), sectorFill, {
    focus: selected === undefined ? -1 : index.index.get(selected)!,
    selected,
  });
  return standaloneSvg(drawing, { title: model.title ?? '', css: networkSvgStyles.cssText + marksCss(), theme: { scheme } });
}

/** A view of the document as a standalone SVG document, the same marks its element exports. */
export function renderView(model: NormalizedDocument, options: RenderOptions): string {
  const t = UI_STRINGS[options.lang];
  options.onStep?.('layout');
  switch (options.view) {
    case 'iceberg':
      return renderIceberg(model, options, t);
    case 'horizons':
      return renderHorizons(model, options, t);
    case 'loops':
      return renderLoops(model, options, t);
    case 'network':
      return renderNetwork(model, options, t);
  }
}
