import type { DrawingScope } from './drawing-scope.js';
import type { Extensions, FlokeDocument, Period } from '../generated/schema-types.js';
import type { LocalTextMap } from './i18n/local-text.js';
import type { Problem } from './problems.js';
import type { AddressDirection, ElementKind, Horizon, RelationType } from './vocabulary.js';

/** A dated dialogue note, text resolved. */
export interface NormalizedNote {
  readonly date: string;
  readonly text: string;
  readonly author?: string;
}

/** Where in a source an element or relation is stated: the source's id and a page, section or quoted line. */
export interface SourceLocator {
  readonly source: string;
  readonly locator: string;
}

/** Fields every normalized item carries: where it came from, and its texts in every language given. */
export interface Traceable {
  /** Pointer to the item in the input document. */
  readonly pointer: string;
  /** The item's LocalText fields as full language maps, for views that show several languages. */
  readonly texts: Readonly<Record<string, LocalTextMap>>;
}

/**
 * An element ready for views: texts resolved to one language, defaults applied, fields with errors left out.
 * Fields Floke does not know are carried over untouched.
 */
export interface NormalizedElement extends Traceable {
  readonly id: string;
  readonly kind: ElementKind;
  /** The label, cut to `DOCUMENT_LIMITS.labelLength` characters (with "…") when longer. */
  readonly label: string;
  /** The whole label, present only when `label` had to be cut (`label-too-long`): for detail panels. */
  readonly fullLabel?: string;
  /** A short name (abbreviation) for where space is tight; `label` is the full name. */
  readonly short?: string;
  readonly description?: string;
  readonly url?: string;
  readonly tags: readonly string[];
  readonly layer?: string;
  readonly horizon?: Horizon;
  readonly horizonShift?: 'toward-h3' | 'absorbed-by-h1';
  readonly date?: string;
  readonly period?: Period;
  readonly planned: boolean;
  /** The author's say on labelling it in a crowded drawing (since 1.1); absent: the view decides. */
  readonly priority?: 'high' | 'low';
  readonly level?: string;
  readonly sector?: string;
  /** Ids of the sources behind it, whichever form the document gave them in. */
  readonly sources: readonly string[];
  /** The places in those sources, for entries given as `{source, locator}`, in document order. */
  readonly sourceLocators: readonly SourceLocator[];
  readonly indicators: readonly string[];
  readonly notes: readonly NormalizedNote[];
  readonly position?: { readonly x: number; readonly y: number };
  readonly extensions?: Extensions;
  readonly [unknownField: string]: unknown;
}

export interface NormalizedRelation extends Traceable {
  /** The author's id, or a derived one (`from→to:type`, numbered when repeated). */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly polarity?: '+' | '-';
  /** For `addresses` (since 1.1): the intended effect on the factor. */
  readonly direction?: AddressDirection;
  readonly delay: boolean;
  readonly strength?: number;
  readonly evidence?: 'stated' | 'inferred';
  readonly about?: string;
  readonly label?: string;
  /** Ids of the sources behind it, whichever form the document gave them in. */
  readonly sources: readonly string[];
  /** The places in those sources, for entries given as `{source, locator}`, in document order. */
  readonly sourceLocators: readonly SourceLocator[];
  readonly notes: readonly NormalizedNote[];
  readonly extensions?: Extensions;
  readonly [unknownField: string]: unknown;
}

export interface NormalizedSource extends Traceable {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly authors: readonly string[];
  readonly year?: number;
  readonly url?: string;
  readonly [unknownField: string]: unknown;
}

export interface NormalizedIndicator extends Traceable {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly better?: 'up' | 'down';
  readonly source?: string;
  /** Points ordered by date. */
  readonly series: readonly { readonly date: string; readonly value: number; readonly target: boolean }[];
  readonly [unknownField: string]: unknown;
}

/** A layer, level or sector with its label resolved. */
export interface NormalizedItem {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

export interface NormalizedNamedLoop {
  readonly members: readonly string[];
  readonly label: string;
  readonly description?: string;
  readonly pointer: string;
}

/** The views a story step can show (the explorer's tabs). */
export const STORY_VIEWS = ['overview', 'iceberg', 'horizons', 'network', 'loops'] as const;
export type StoryView = (typeof STORY_VIEWS)[number];

/** One step of a story, ready to play. */
export interface NormalizedStoryStep {
  readonly view: StoryView;
  /** The caption in the resolved language. */
  readonly caption: string;
  /** The caption in every language given, so a player can mark the language it shows. */
  readonly captions: LocalTextMap;
  readonly selected?: string;
  /** The loop's code (`R3`) or id. */
  readonly loop?: string;
  /** With `loop`: the link of the loop tour shown (from 1). */
  readonly tour?: number;
  /** Network filters as attribute values (`hide-history` as `''` when on). */
  readonly filters: Readonly<Record<string, string>>;
  readonly sources: readonly string[];
  readonly sourceLocators: readonly SourceLocator[];
  readonly pointer: string;
}

/** A guided story (`views.stories`, since 1.2): steps with errors are left out and listed in `excluded`. */
export interface NormalizedStory {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly steps: readonly NormalizedStoryStep[];
  readonly pointer: string;
}

export interface NormalizedViews {
  readonly iceberg: {
    readonly preset: 'iceberg' | 'six-conditions';
    readonly layers: readonly NormalizedItem[];
    readonly waterline?: string;
  };
  readonly horizons: {
    readonly start: string;
    readonly end: string;
    readonly now?: string;
    readonly curves: Readonly<Partial<Record<Horizon, readonly (readonly [string, number])[]>>>;
  };
  readonly network: { readonly levels: readonly NormalizedItem[]; readonly sectors: readonly NormalizedItem[] };
  readonly loops: { readonly named: readonly NormalizedNamedLoop[] };
  /** Guided stories, in document order. */
  readonly stories: readonly NormalizedStory[];
}

/** Something the user gave that views cannot use, and the problem that explains why. */
export interface ExcludedItem {
  readonly pointer: string;
  /** Pointer of the problem that caused the exclusion (its own, or the element it depends on). */
  readonly because: string;
}

/** The document as views consume it. Build it with `normalize()`. */
export interface NormalizedDocument {
  readonly floke: string;
  readonly id?: string;
  readonly title: string;
  readonly description?: string;
  /** Language of the document's plain-string texts. */
  readonly language: string;
  /** Language texts were resolved to. */
  readonly lang: string;
  readonly updated?: string;
  readonly elements: readonly NormalizedElement[];
  readonly relations: readonly NormalizedRelation[];
  readonly sources: readonly NormalizedSource[];
  readonly indicators: readonly NormalizedIndicator[];
  readonly views: NormalizedViews;
  /** The document's `extensions`, deep-copied and otherwise untouched. */
  readonly extensions?: Extensions;
  /** Top-level fields Floke does not know, carried over untouched. */
  readonly unknownFields: Readonly<Record<string, unknown>>;
  /** Every problem found in the input. */
  readonly problems: readonly Problem[];
  /** Items left out of the views, each with the problem that explains why. */
  readonly excluded: readonly ExcludedItem[];
  /** The input, as given (not copied; never mutated by Floke); a copy cut at the limit when it nested too deep (`too-deep`). */
  readonly source: FlokeDocument | unknown;
  /**
   * Present when this is the part of a large document the views draw (`drawingModel`): how many of the document's
   * elements and relations it holds. Absent when the model holds everything that could be used.
   */
  readonly scope?: DrawingScope;
}
