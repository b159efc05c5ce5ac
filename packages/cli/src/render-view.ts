import {
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
import { fontTextWidth } from './font-measure.js';
import {
  HorizonWords,
  LoopIndex,
  LoopWords,
  UI_STRINGS,
  loopsDiagramStyles,
  horizonsDiagramStyles,
  icebergDiagramStyles,
  type UiStrings,
} from './view-resources.js';

export const VIEWS = ['iceberg', 'horizons', 'network', 'loops'] as const;
export type ViewName = (typeof VIEWS)[number];

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
    default:
      throw new Error(`The ${options.view} view has no Node renderer yet.`);
  }
}
