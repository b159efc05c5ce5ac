import {
  SECTOR_COLORS,
  SECTOR_COLOR_KEYS,
  networkDrawing,
  rgbOf,
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  loopsDrawing,
  horizonsDrawing,
  icebergDrawing,
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
  UI_STRINGS,
  loopsDiagramStyles,
  horizonsDiagramStyles,
  icebergDiagramStyles,
  type UiStrings,
  NetworkIndex,
  NetworkWords,
  initiativePathData,
  networkFilter,
  networkSvgStyles,
  resolveAsOf,
  symbolPathData,
} from './view-resources.js';

export { VIEWS, type ViewName } from './view-names.js';

export interface RenderOptions {
  readonly view: ViewName;
  /** The container's width in CSS px, as an element would get it (default 1000). */
  readonly width?: number;
  readonly lang: UiLanguage;
  readonly scheme?: ColorScheme;
  readonly selected?: string;
  readonly loop?: string;
}

const measures = { normal: fontTextWidth('normal'), bold: fontTextWidth('bold') };

/** The one line the element's chips are named by, as `joinDrawnLines` reads a wrapped label back. */
const joinLines = (lines: readonly string[]) =>
  lines.reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');

function renderIceberg(model: NormalizedDocument, options: RenderOptions, t: UiStrings): string {
  const layout = layoutIceberg(model, {
    width: Math.max(options.width ?? 1000, 480),
    texts: t.iceberg,
    ...(measures.normal ? { textWidth: measures.normal } : {}),
    ...(measures.bold ? { boldTextWidth: measures.bold } : {}),
  });
  const explains = model.relations.filter((r) => r.type === 'explains');
  const drawing = icebergDrawing(layout, {
    waterline: t.iceberg.waterline,
    diagramLabel: t.iceberg.diagramLabel,
    chipLabel: (chip) =>
      t.iceberg.chipLabel(
        t.kinds[chip.kind as keyof UiStrings['kinds']] ?? chip.kind,
        joinLines(chip.lines),
        model.views.iceberg.layers.find((l) => l.id === chip.layer)?.label ?? chip.layer,
        explains.filter((r) => r.from === chip.id || r.to === chip.id).length,
      ),
  });
  return standaloneSvg(drawing, {
    title: model.title ?? '',
    css: icebergDiagramStyles.cssText,
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
  const words = new HorizonWords(t, options.lang);
  const drawing = horizonsDrawing(layout, {
    diagramLabel: t.horizons.diagramLabel,
    pointLabel: (p) =>
      words.pointLabel(
        p,
        model.elements.find((e) => e.id === p.id)!,
      ),
    now: t.horizons.now,
    prevalence: t.horizons.prevalence,
  });
  return standaloneSvg(drawing, {
    title: model.title ?? '',
    css: horizonsDiagramStyles.cssText,
    theme: { scheme: options.scheme ?? 'light' },
  });
}

/** The loop limit the element searches with by default (VIEW_LOOP_LIMIT). */
const VIEW_LOOP_LIMIT = 2000;

function renderLoops(model: NormalizedDocument, options: RenderOptions, t: UiStrings): string {
  const diagram = computeCausalLoopDiagram(causalLoopDiagramInput(model, { limit: VIEW_LOOP_LIMIT, arrangement: 'auto' }), measures.normal);
  const index = new LoopIndex(diagram);
  const words = new LoopWords(index, t, options.lang);
  const drawing = loopsDrawing(diagram.layout, {
    diagramLabel: t.cld.diagramLabel,
    nodeLabel: (node) => words.factor(node),
    linkLabel: (link) => words.link(link),
    markerLabel: (marker) => words.loop(index.loopsById.get(marker.loopId)!),
    codes: index.codes,
    loopCount: diagram.loops.length,
  });
  return standaloneSvg(drawing, {
    title: model.title ?? '',
    css: loopsDiagramStyles.cssText,
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
  const drawing = networkDrawing(view.layout, {
    visibleNodes: visibility.nodes,
    visibleTies: visibility.ties,
    historicTies: visibility.historic,
    formerNodes: visibility.former,
    sectorOf: index.sectorOf,
    isInitiative: index.isInitiative,
    isBroker: index.isBroker,
    bandNames: words.bandNames(),
    sectorFill: Object.fromEntries(SECTOR_COLOR_KEYS.map((key) => [key, rgbOf(SECTOR_COLORS[scheme][key])])) as Record<
      (typeof SECTOR_COLOR_KEYS)[number],
      string
    >,
    symbolPath: symbolPathData,
    initiativePath: initiativePathData,
  });
  return standaloneSvg(drawing, { title: model.title ?? '', css: networkSvgStyles.cssText, theme: { scheme } });
}

/** A view of the document as a standalone SVG document, the same marks its element exports. */
export function renderView(model: NormalizedDocument, options: RenderOptions): string {
  const t = UI_STRINGS[options.lang];
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
