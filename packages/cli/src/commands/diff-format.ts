import { ELEMENT_KIND_LABELS, type ElementKind, type UiLanguage } from '@floke/core';
import type { DiffSummary, DocumentDiff, FieldChange } from '@floke/core/diff';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

interface Files {
  readonly before: string;
  readonly after: string;
}

interface ListWords {
  readonly title: (files: Files) => string;
  readonly elementsAdded: string;
  readonly elementsRemoved: string;
  readonly elementsChanged: string;
  readonly relationsAdded: string;
  readonly relationsRemoved: string;
  readonly relationsChanged: string;
  readonly indicatorValues: string;
  readonly none: string;
  readonly target: string;
}

const WORDS: Readonly<Record<UiLanguage, ListWords>> = {
  nb: {
    title: (f) => `Endringer fra ${f.before} til ${f.after}`,
    elementsAdded: 'Nye elementer',
    elementsRemoved: 'Elementer som er borte',
    elementsChanged: 'Endrede elementer',
    relationsAdded: 'Nye relasjoner',
    relationsRemoved: 'Relasjoner som er borte',
    relationsChanged: 'Endrede relasjoner',
    indicatorValues: 'Nye indikatorverdier',
    none: 'Ingen endringer.',
    target: 'mål',
  },
  nn: {
    title: (f) => `Endringar frå ${f.before} til ${f.after}`,
    elementsAdded: 'Nye element',
    elementsRemoved: 'Element som er borte',
    elementsChanged: 'Endra element',
    relationsAdded: 'Nye relasjonar',
    relationsRemoved: 'Relasjonar som er borte',
    relationsChanged: 'Endra relasjonar',
    indicatorValues: 'Nye indikatorverdiar',
    none: 'Ingen endringar.',
    target: 'mål',
  },
  en: {
    title: (f) => `Changes from ${f.before} to ${f.after}`,
    elementsAdded: 'New elements',
    elementsRemoved: 'Elements gone',
    elementsChanged: 'Changed elements',
    relationsAdded: 'New relations',
    relationsRemoved: 'Relations gone',
    relationsChanged: 'Changed relations',
    indicatorValues: 'New indicator values',
    none: 'No changes.',
    target: 'target',
  },
};

/** One titled list of lines (each line already carries its pointers). */
interface Section {
  readonly title: string;
  readonly lines: readonly string[];
}

const fieldNames = (fields: readonly FieldChange[]) => fields.map((f) => f.field).join(', ');

/** The changes item by item, each with the pointer(s) to it: the part of a report a reader checks against the files. */
function sections(d: DocumentDiff, lang: UiLanguage, code: (text: string) => string, text: (label: string) => string): Section[] {
  const w = WORDS[lang];
  const name = (id: string) => text(d.names[id] ?? id);
  const ends = (r: { from: string; to: string; type: string; polarity?: string }) =>
    `${name(r.from)} → ${name(r.to)} (${r.type}${r.polarity ? ` ${r.polarity === '-' ? '−' : '+'}` : ''})`;
  const kind = (k: ElementKind) => ELEMENT_KIND_LABELS[k][lang].toLowerCase();
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : [lang, 'nb'], { maximumFractionDigits: 2 }).format;
  const moved = (pointerBefore: string, pointerAfter: string) =>
    pointerBefore === pointerAfter ? code(pointerAfter) : `${code(pointerBefore)} → ${code(pointerAfter)}`;
  return [
    { title: w.elementsAdded, lines: d.elements.added.map((e) => `+ ${text(e.label)} (${e.id}, ${kind(e.kind)}) ${code(e.pointer)}`) },
    { title: w.elementsRemoved, lines: d.elements.removed.map((e) => `− ${text(e.label)} (${e.id}, ${kind(e.kind)}) ${code(e.pointer)}`) },
    {
      title: w.elementsChanged,
      lines: d.elements.changed.map(
        (e) => `~ ${text(e.label)} (${e.id}): ${fieldNames(e.fields)} ${moved(e.pointerBefore, e.pointerAfter)}`,
      ),
    },
    { title: w.relationsAdded, lines: d.relations.added.map((r) => `+ ${ends(r)} ${code(r.pointer)}`) },
    { title: w.relationsRemoved, lines: d.relations.removed.map((r) => `− ${ends(r)} ${code(r.pointer)}`) },
    {
      title: w.relationsChanged,
      lines: d.relations.changed.map((r) => `~ ${ends(r)}: ${fieldNames(r.fields)} ${moved(r.pointerBefore, r.pointerAfter)}`),
    },
    {
      title: w.indicatorValues,
      lines: d.indicators.valuesAdded.map(
        (v) =>
          `+ ${text(d.names[`indicator:${v.indicator}`] ?? v.indicator)} ${v.date}: ${number(v.value)}${v.target ? ` (${w.target})` : ''} ${code(v.pointer)}`,
      ),
    },
  ].filter((section) => section.lines.length > 0);
}

/** Plain text: the summary, one sentence a line, then each list under its title. */
export function diffText(d: DocumentDiff, summary: DiffSummary, files: Files, lang: UiLanguage): string {
  const lists = sections(
    d,
    lang,
    (pointer) => pointer,
    (label) => label,
  );
  return [
    WORDS[lang].title(files),
    '',
    summary.headline,
    ...summary.sentences,
    ...lists.flatMap((s) => ['', `${s.title}:`, ...s.lines.map((line) => `  ${line}`)]),
    '',
  ].join('\n');
}

/** Markdown: a heading, the summary as a paragraph, each list as a section with pointers in code spans. */
export function diffMarkdown(d: DocumentDiff, summary: DiffSummary, files: Files, lang: UiLanguage): string {
  const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const lists = sections(d, lang, (pointer) => `\`${pointer}\``, escape);
  return [
    `# ${escape(WORDS[lang].title(files))}`,
    '',
    escape(summary.headline),
    '',
    ...summary.sentences.map((s) => `- ${escape(s)}`),
    ...lists.flatMap((s) => ['', `## ${s.title}`, '', ...s.lines.map((line) => `- ${line}`)]),
    '',
  ].join('\n');
}
