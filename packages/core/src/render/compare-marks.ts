import type { ElementKind } from '../document/vocabulary.js';
import { placeClear, type Bounds, type CentredBox } from '../geometry/place-clear.js';
import type { ProgressMark } from '../summary/element-progress.js';
import { escapeText, r1, tag } from './svg-markup.js';

/**
 * Compare mode's and progress's marks as every SVG view draws them, live and exported: one markup so the two cannot
 * drift. Each is told by shape and glyph or word, never by colour alone.
 */

/** Radius of a change or progress badge: its glyph is drawn at 12 px, the smallest text Floke draws. */
export const MARK_BADGE_RADIUS = 9;

/** How an element compares with the earlier version. */
export type ChangeMark = 'new' | 'changed' | 'gone';

/** The changed badge's glyph (new and gone ones carry a word). */
export const CHANGED_GLYPH = 'Δ';

const at = (n: number) => Math.round(n * 10) / 10;

/**
 * The change badge at (x, y): a dark pill with the word "ny" for new, a light square "Δ" for changed, a dashed pill
 * with the word "borte" for a gone element's ghost. Hidden from assistive technology: the mark's name says it.
 */
export function changeBadgeMarkup(id: string, status: ChangeMark, x: number, y: number, word: string): string {
  const r = MARK_BADGE_RADIUS;
  const pill = Math.max(2 * r, word.length * 8 + 10);
  const shape =
    status === 'changed'
      ? tag('rect', [
          ['x', -r],
          ['y', -r],
          ['width', 2 * r],
          ['height', 2 * r],
          ['rx', 2],
        ])
      : tag('rect', [
          ['class', 'pill'],
          ['x', -pill / 2],
          ['y', -r],
          ['width', pill],
          ['height', 2 * r],
          ['rx', r],
        ]);
  return tag(
    'g',
    [
      ['class', `change-badge ${status}`],
      ['part', 'change-badge'],
      ['data-for', id],
      ['data-change', status],
      ['transform', `translate(${at(x)},${at(y)})`],
      ['aria-hidden', 'true'],
    ],
    shape +
      tag(
        'text',
        [
          ['dy', '0.35em'],
          ['text-anchor', 'middle'],
        ],
        escapeText(status === 'changed' ? CHANGED_GLYPH : word),
      ),
  );
}

/** Each progress mark's glyph: an arrow or sign that says it without colour. */
export const PROGRESS_GLYPHS: Readonly<Record<ProgressMark, string>> = {
  'toward-target': '↗',
  'wrong-way': '↘',
  unchanged: '→',
  'too-few': '…',
  'no-direction': '?',
  mixed: '⇅',
};

/** Each mark's outline (centred at 0,0): a circle heads for the target, a diamond warns, a square waits. */
const PROGRESS_SHAPES: Readonly<Record<ProgressMark, string>> = {
  'toward-target': 'M-9,0A9,9 0 1,0 9,0A9,9 0 1,0 -9,0Z',
  'wrong-way': 'M0,-11L11,0L0,11L-11,0Z',
  mixed: 'M0,-11L11,0L0,11L-11,0Z',
  unchanged: 'M-8,-8H8V8H-8Z',
  'too-few': 'M-8,-8H8V8H-8Z',
  'no-direction': 'M-8,-8H8V8H-8Z',
};

/** The progress badge at (x, y) of an element with indicators. Hidden from assistive technology: the mark's name says it. */
export function progressBadgeMarkup(id: string, mark: ProgressMark, x: number, y: number): string {
  return tag(
    'g',
    [
      ['class', `progress-badge ${mark}`],
      ['part', 'progress-badge'],
      ['data-for', id],
      ['data-progress', mark],
      ['transform', `translate(${at(x)},${at(y)})`],
      ['aria-hidden', 'true'],
    ],
    tag('path', [['d', PROGRESS_SHAPES[mark]]]) +
      tag(
        'text',
        [
          ['dy', '0.35em'],
          ['text-anchor', 'middle'],
        ],
        PROGRESS_GLYPHS[mark],
      ),
  );
}

/** A gone element drawn where it was: its box (centre and size) and its name as the earlier version wrapped it. */
export interface Ghost extends CentredBox {
  readonly id: string;
  readonly kind: ElementKind;
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly lineHeight: number;
}

/** A ghost's line of text: a space ends every line but the last and a hyphenated one, so the text reads as the name. */
export const ghostLine = (lines: readonly string[], i: number): string =>
  lines[i]! + (i < lines.length - 1 && !lines[i]!.endsWith('-') ? ' ' : '');

/** A ghost's box, dashed, with its name struck through; a button, focusable and selectable like other marks. */
export function ghostMarkup(ghost: Ghost, state: { label: string; selected: boolean; tabindex?: number }): string {
  const pad = (ghost.height - ghost.lines.length * ghost.lineHeight) / 2;
  return tag(
    'g',
    [
      ['class', `ghost kind-${ghost.kind}${state.selected ? ' selected' : ''}`],
      ['part', 'ghost'],
      ['role', 'button'],
      ['data-id', ghost.id],
      ['data-change', 'gone'],
      ['tabindex', state.tabindex],
      ['aria-pressed', state.selected ? 'true' : 'false'],
      ['aria-label', state.label],
      ['transform', `translate(${r1(ghost.x - ghost.width / 2)},${r1(ghost.y - ghost.height / 2)})`],
    ],
    tag('rect', [
      ['class', 'ghost-box'],
      ['width', r1(ghost.width)],
      ['height', r1(ghost.height)],
      ['rx', 4],
    ]) +
      tag(
        'text',
        [
          ['class', 'ghost-label'],
          ['font-size', ghost.fontSize],
          ['aria-hidden', 'true'],
        ],
        ghost.lines
          .map((_, i) =>
            tag(
              'tspan',
              [
                ['x', r1(ghost.width / 2)],
                ['y', r1(pad + ghost.lineHeight * (i + 0.5))],
                ['dy', '0.35em'],
                ['text-anchor', 'middle'],
              ],
              escapeText(ghostLine(ghost.lines, i)),
            ),
          )
          .join(''),
      ),
  );
}

/**
 * Ghosts moved, each as little as it must, off the drawn marks and off each other (the first placed first), within
 * their bounds. A ghost with no free place near is left out of the drawing (the text alternative still lists it).
 */
export function placeGhosts(
  ghosts: readonly Ghost[],
  obstacles: readonly CentredBox[],
  boundsOf: (ghost: Ghost) => Bounds,
): readonly Ghost[] {
  const taken = [...obstacles];
  const placed: Ghost[] = [];
  // A ghost's «borte» pill straddles its top-left corner: the room it takes counts too.
  const pill = { x: 26, y: 10 };
  for (const ghost of ghosts) {
    const padded = { ...ghost, width: ghost.width + 2 * pill.x, height: ghost.height + 2 * pill.y };
    const bounds = boundsOf(ghost);
    const box = placeClear(padded, taken, {
      left: bounds.left - pill.x,
      right: bounds.right + pill.x,
      top: bounds.top - pill.y,
      bottom: bounds.bottom + pill.y,
    });
    if (!box) continue;
    const moved = { ...ghost, x: box.x, y: box.y };
    placed.push(moved);
    taken.push({ ...moved, width: padded.width, height: padded.height });
  }
  return placed;
}

/** What a drawing shows of compare mode and progress (both optional: a view at rest without indicators shows neither). */
export interface MarksState {
  /** Compare mode: how a drawn element compares with the earlier version. */
  readonly change?: ((id: string) => 'new' | 'changed' | undefined) | undefined;
  /** The word on a new element's badge ("ny") and on a ghost's ("borte"). */
  readonly newWord?: string | undefined;
  readonly goneWord?: string | undefined;
  /** Compare mode: gone elements, placed (see `placeGhosts`). */
  readonly ghosts?: readonly Ghost[] | undefined;
  /** A ghost's accessible name ("Faktor Frafall, borte"). */
  readonly ghostLabel?: ((ghost: Ghost) => string) | undefined;
  /** Progress marks of elements with indicators, by id. */
  readonly progress?: ReadonlyMap<string, ProgressMark> | undefined;
}

/** Where a drawn mark carries its change badge and its progress badge. */
export interface MarkAnchor {
  readonly id: string;
  /** Absent where a crowded drawing has no room for the badge: the mark's name and the lists still say it. */
  readonly change?: { readonly x: number; readonly y: number } | undefined;
  readonly progress?: { readonly x: number; readonly y: number } | undefined;
}

/** The badges layer: progress badges, then change badges (ghosts' "borte" at their top-left corner). '' when none. */
export function marksOverlayMarkup(anchors: readonly MarkAnchor[], state: MarksState): string {
  const parts: string[] = [];
  for (const a of anchors) {
    const mark = state.progress?.get(a.id);
    if (mark && a.progress) parts.push(progressBadgeMarkup(a.id, mark, a.progress.x, a.progress.y));
  }
  for (const a of anchors) {
    const status = state.change?.(a.id);
    if (status && a.change) parts.push(changeBadgeMarkup(a.id, status, a.change.x, a.change.y, state.newWord ?? ''));
  }
  for (const g of state.ghosts ?? [])
    parts.push(changeBadgeMarkup(g.id, 'gone', g.x - g.width / 2, g.y - g.height / 2, state.goneWord ?? ''));
  return parts.length ? tag('g', [['class', 'marks-overlay']], parts.join('')) : '';
}

/** The ghosts layer (export form: no tab stops). '' when there are none. */
export function ghostsMarkup(state: MarksState, selected: string | undefined): string {
  const ghosts = state.ghosts ?? [];
  if (!ghosts.length) return '';
  return tag(
    'g',
    [['class', 'ghosts']],
    ghosts.map((g) => ghostMarkup(g, { label: state.ghostLabel?.(g) ?? g.lines.join(' '), selected: selected === g.id })).join(''),
  );
}

/** A mark's class for its change (' change-new', ' change-changed'; '' when unchanged or not comparing). */
export const changeClass = (state: MarksState | undefined, id: string): string => {
  const status = state?.change?.(id);
  return status ? ` change-${status}` : '';
};
