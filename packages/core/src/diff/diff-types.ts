import type { LoopEvidence, LoopPolarity } from '../causal-loops/find-loops.js';
import type { ElementKind, RelationType } from '../document/vocabulary.js';

/** One field that differs between two versions of an item, with where it sits in each version's input. */
export interface FieldChange {
  /** The field's name in the document (`label`, `layer`, `sources` …). */
  readonly field: string;
  /** The value as the earlier version gives it (absent: the field was not there). */
  readonly before?: unknown;
  /** The value as the later version gives it (absent: the field was removed). */
  readonly after?: unknown;
  /** RFC 6901 pointer to the field in the earlier version's input (where it would be, when it was absent). */
  readonly pointerBefore: string;
  /** RFC 6901 pointer to the field in the later version's input. */
  readonly pointerAfter: string;
}

/** An element present in only one version, as that version names it. */
export interface ElementRef {
  readonly id: string;
  readonly kind: ElementKind;
  readonly label: string;
  /** Pointer to the element in the version that has it. */
  readonly pointer: string;
}

/** An element present in both versions whose input differs. */
export interface ElementChange {
  readonly id: string;
  readonly kind: ElementKind;
  /** The label in the later version. */
  readonly label: string;
  readonly pointerBefore: string;
  readonly pointerAfter: string;
  /** Changed fields, by field name. */
  readonly fields: readonly FieldChange[];
}

/** A relation present in only one version. */
export interface RelationRef {
  /** The author's id, or the derived `from->to:type` one (numbered when repeated) of that version. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly polarity?: '+' | '-';
  readonly pointer: string;
}

/** A relation present in both versions whose input differs. */
export interface RelationChange {
  /** Id in the later version. */
  readonly id: string;
  /** Id in the earlier version (the same unless derived ids were renumbered). */
  readonly idBefore: string;
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly pointerBefore: string;
  readonly pointerAfter: string;
  readonly fields: readonly FieldChange[];
}

/** A causal link whose sign turned: the same relation, `+` to `−` or back. */
export interface PolarityFlip {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly before: '+' | '-';
  readonly after: '+' | '-';
  readonly pointerBefore: string;
  readonly pointerAfter: string;
}

/** The placement fields a move is told for: iceberg layer, horizon, network level and sector. */
export const PLACEMENT_FIELDS = ['layer', 'horizon', 'level', 'sector'] as const;
export type PlacementField = (typeof PLACEMENT_FIELDS)[number];

/** An element that sits somewhere else: another layer, horizon, level or sector (absent: not placed there). */
export interface PlacementMove {
  readonly id: string;
  readonly field: PlacementField;
  readonly before?: string;
  readonly after?: string;
}

/** A feedback loop as one version finds it. */
export interface LoopRef {
  /** The loop's id in that version (see `Loop.id`). */
  readonly id: string;
  /**
   * The code the loop view shows for it (R1, B2 …), or `''` when the view does not list it (beyond its search
   * limit). It numbers the view's whole loop set, so it is read from that search (kept per version) when first read.
   */
  readonly code: string;
  /** Factor ids in loop order, starting at the smallest. */
  readonly members: readonly string[];
  readonly polarity: LoopPolarity;
  readonly evidence: LoopEvidence;
  readonly name?: string;
}

/** Why a loop of the earlier version is gone: a factor of it was removed, or a causal link between two of its factors. */
export type LoopBreak =
  | { readonly reason: 'factor-removed'; readonly factor: string }
  | { readonly reason: 'link-removed'; readonly from: string; readonly to: string; readonly relation: string };

/** A loop of the earlier version that the later one no longer has, and what broke it. */
export interface BrokenLoop extends LoopRef {
  /** Empty only when the later version's loop search stopped at its limit before reaching this loop. */
  readonly because: readonly LoopBreak[];
}

/** A loop on the same factor cycle in both versions whose polarity or evidence changed. */
export interface LoopChange {
  readonly before: LoopRef;
  readonly after: LoopRef;
  readonly polarityChanged: boolean;
  readonly evidenceChanged: boolean;
}

export interface LoopDiff {
  readonly appeared: readonly LoopRef[];
  readonly broke: readonly BrokenLoop[];
  readonly changed: readonly LoopChange[];
  /**
   * False when the search for loops through the links that changed stopped at its cap (the diff's `loopLimit` loops per
   * version, or its step cap): some changed loops may be missing. Loops through no changed link are the same in both.
   */
  readonly complete: boolean;
}

/** An actor–actor tie (actors mode of the network: shared initiatives folded in), ends in id order. */
export interface TieRef {
  readonly source: string;
  readonly target: string;
  /** Its ends sit at different network levels (both given). */
  readonly crossLevel: boolean;
  /** Its ends sit in different sectors (both given). */
  readonly crossSector: boolean;
}

export interface NetworkDiff {
  readonly tiesGained: readonly TieRef[];
  readonly tiesLost: readonly TieRef[];
  /** Actors the network view rings as brokers in the later version only. */
  readonly brokersGained: readonly string[];
  /** Actors rung as brokers in the earlier version only. */
  readonly brokersLost: readonly string[];
  /** False when the caller asked not to compare brokers (`DiffOptions.brokers`): both lists are then empty. */
  readonly brokersCompared: boolean;
  readonly crossLevelTies: { readonly before: number; readonly after: number };
  readonly crossSectorTies: { readonly before: number; readonly after: number };
}

/** An indicator present in only one version. */
export interface IndicatorRef {
  readonly id: string;
  readonly label: string;
  readonly pointer: string;
}

/** A dated point of an indicator's series (a measurement, or a target when `target`). */
export interface IndicatorValue {
  readonly indicator: string;
  readonly date: string;
  readonly target: boolean;
  readonly value: number;
  /** Where the point is, in the version that has it (the later one for a changed value). */
  readonly pointer: string;
}

/** A point whose date is in both versions but whose value differs. */
export interface IndicatorValueChange extends IndicatorValue {
  readonly before: number;
  readonly pointerBefore: string;
}

export interface IndicatorDiff {
  readonly added: readonly IndicatorRef[];
  readonly removed: readonly IndicatorRef[];
  readonly valuesAdded: readonly IndicatorValue[];
  readonly valuesRemoved: readonly IndicatorValue[];
  readonly valuesChanged: readonly IndicatorValueChange[];
}

/** A version's identity in the comparison. */
export interface VersionStamp {
  readonly id?: string;
  readonly title: string;
  readonly updated?: string;
}

/**
 * What changed from one version of a document to another. Every list is in id order, so the diff is the same
 * whatever the order of elements, relations, indicators or sources in either input.
 */
export interface DocumentDiff {
  readonly before: VersionStamp;
  readonly after: VersionStamp;
  readonly elements: {
    readonly added: readonly ElementRef[];
    readonly removed: readonly ElementRef[];
    readonly changed: readonly ElementChange[];
  };
  readonly relations: {
    readonly added: readonly RelationRef[];
    readonly removed: readonly RelationRef[];
    readonly changed: readonly RelationChange[];
  };
  readonly polarityFlips: readonly PolarityFlip[];
  readonly moves: readonly PlacementMove[];
  readonly loops: LoopDiff;
  readonly network: NetworkDiff;
  readonly indicators: IndicatorDiff;
  readonly sources: { readonly added: readonly string[]; readonly removed: readonly string[] };
  /**
   * Display names in both versions (the later version's where both have one): element ids (`frafall`), and layers,
   * levels, sectors and indicators keyed by kind (`layer:patterns`, `level:local`, `sector:public`, `indicator:neet`).
   */
  readonly names: Readonly<Record<string, string>>;
  /** True when nothing above differs (the version stamps and names aside). */
  readonly empty: boolean;
}
