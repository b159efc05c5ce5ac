/**
 * Mutated Floke documents for fuzzing, as a seeded fast-check arbitrary: an example document with one to four
 * mutations of the kinds a careless author, a spreadsheet export or an attacker produces (deleted fields, swapped
 * types, huge numbers, duplicate ids, cycles in `explains`, self-relations, prototype keys, long strings, deep
 * nesting, impossible dates, parallel links, far positions). Mutations pick their place by index among the
 * document's places, so shrinking keeps them meaningful.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;
export const FUZZ_SEEDS = ['examples/data/minimal.json', 'examples/data/sammen-mot.json', 'examples/data/telemark-agder.json'] as const;

export const MUTATION_KINDS = [
  'delete',
  'swap-type',
  'huge-number',
  'duplicate-id',
  'explains-cycle',
  'self-relation',
  'proto-key',
  'long-string',
  'deep-nesting',
  'impossible-date',
  'parallel-links',
  'far-position',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** Which place (object, field or element) it applies to, modulo how many there are. */
  readonly pick: number;
  /** A second choice (the value, the length, the count), its meaning set by `kind`. */
  readonly amount: number;
}

const REPLACEMENTS: readonly unknown[] = [null, 0, '', [], {}, true, 'x', 1e308, -1e308, 5e-324, -0, '__proto__', [[]], { '': null }];
const HUGE: readonly number[] = [1e308, -1e308, 1.7976931348623157e308, 2 ** 53, -(2 ** 53), 1e-308, 1e12, -1e9];
const DATES: readonly string[] = ['2023-02-30', '2023-13', '0000', '9999', '9999-12-31', '0001-01-01', '2024-02-29', '1e5', '', '20230'];
const PROTO_KEYS: readonly string[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];

/** Every place in the document: its containers and the key of each value in them (iteratively, depth-bounded). */
function places(doc: unknown): { parent: Json | unknown[]; key: string | number }[] {
  const found: { parent: Json | unknown[]; key: string | number }[] = [];
  const stack: [unknown, number][] = [[doc, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object' || depth > 12) continue;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      found.push({ parent: value as Json | unknown[], key });
      stack.push([child, depth + 1]);
    }
  }
  return found;
}

const elementsOf = (doc: Json): Json[] =>
  (Array.isArray(doc.elements) ? doc.elements : []).filter((e): e is Json => !!e && typeof e === 'object');
const relationsOf = (doc: Json): unknown[] => (Array.isArray(doc.relations) ? doc.relations : (doc.relations = []));
const idOf = (element: Json | undefined) => (typeof element?.id === 'string' ? element.id : 'missing');

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? { n: value } : [value];
  return value;
}

/** Applies one mutation in place. */
export function applyMutation(doc: Json, { kind, pick, amount }: Mutation): void {
  const elements = elementsOf(doc);
  const element = elements.length ? elements[pick % elements.length] : undefined;
  const other = elements.length ? elements[(pick + amount + 1) % elements.length] : undefined;
  switch (kind) {
    case 'delete':
    case 'swap-type': {
      const all = places(doc);
      if (!all.length) return;
      const { parent, key } = all[pick % all.length]!;
      if (kind === 'swap-type') (parent as Json)[key] = structuredClone(REPLACEMENTS[amount % REPLACEMENTS.length]);
      else if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    }
    case 'huge-number': {
      const all = places(doc).filter(({ parent, key }) => typeof (parent as Json)[key] === 'number');
      const value = HUGE[amount % HUGE.length]!;
      if (all.length) {
        const { parent, key } = all[pick % all.length]!;
        (parent as Json)[key] = value;
      } else if (element) element['strength'] = value;
      return;
    }
    case 'duplicate-id':
      if (element) (doc.elements as unknown[]).push(structuredClone(element));
      return;
    case 'explains-cycle':
      relationsOf(doc).push(
        { from: idOf(element), to: idOf(other), type: 'explains' },
        { from: idOf(other), to: idOf(element), type: 'explains' },
      );
      return;
    case 'self-relation':
      relationsOf(doc).push({ from: idOf(element), to: idOf(element), type: amount % 2 ? 'causes' : 'collaborates', polarity: '+' });
      return;
    case 'proto-key': {
      const key = PROTO_KEYS[amount % PROTO_KEYS.length]!;
      const define = (target: object, value: unknown) =>
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      if (amount % 3 === 0 && element) element.id = key === '__proto__' ? 'constructor' : key;
      else if (amount % 3 === 1) define(element ?? doc, { polluted: true });
      else {
        if (!doc.extensions || typeof doc.extensions !== 'object') doc.extensions = {};
        define(doc.extensions as object, { isAdmin: true });
      }
      return;
    }
    case 'long-string': {
      if (!element) return;
      const length = 200 + (amount % 6) * 1000;
      element.label = amount % 2 ? 'Tjenesteinnovasjonsprosjektfinansiering'.repeat(length / 38) : 'ord '.repeat(length / 4);
      return;
    }
    case 'deep-nesting': {
      const target = element ?? doc;
      target[amount % 2 ? 'extensions' : 'custom'] = nested(50 + (amount % 8) * 250);
      return;
    }
    case 'impossible-date': {
      if (!element) return;
      const date = DATES[amount % DATES.length]!;
      if (amount % 3 === 0) element.date = date;
      else if (amount % 3 === 1) element.period = { start: date, end: DATES[(amount + 1) % DATES.length] };
      else element.notes = [{ date, text: 'note' }];
      return;
    }
    case 'parallel-links': {
      const causes = relationsOf(doc).filter((r): r is Json => !!r && typeof r === 'object' && (r as Json).type === 'causes');
      const base = causes.length ? causes[pick % causes.length]! : { from: idOf(element), to: idOf(other), type: 'causes', polarity: '+' };
      for (let i = 0; i < 2 + (amount % 12); i++) relationsOf(doc).push({ ...base, id: undefined, polarity: i % 3 ? base.polarity : '-' });
      return;
    }
    case 'far-position':
      if (element) element.position = { x: HUGE[amount % HUGE.length], y: HUGE[(amount + 3) % HUGE.length] };
      return;
  }
}

/**
 * Mutated copies of `seeds` (documents, or their paths with `FUZZ_SEEDS`' order). `seedWeights` weighs which to start
 * from: the Telemark document takes ~30 times as long as the others, so the default makes it one in 51.
 */
export function mutatedFrom(
  seeds: readonly Json[],
  seedWeights: readonly number[] = [40, 10, 1],
): fc.Arbitrary<{ doc: Json; mutations: Mutation[]; seed: string }> {
  const seedIndex = fc.oneof(
    ...seedWeights.map((weight, index) => ({ arbitrary: fc.constant(index), weight })).filter((w) => w.weight > 0),
  );
  const mutation = fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), pick: fc.nat(10_000), amount: fc.nat(1_000) });
  return fc.tuple(seedIndex, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([index, mutations]) => {
    const doc = structuredClone(seeds[index]!);
    for (const m of mutations) applyMutation(doc, m);
    return { doc, mutations, seed: FUZZ_SEEDS[index]! };
  });
}
