import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/causal-loops.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };
import january2024 from '../examples/data/telemark-agder-2024-01.json' with { type: 'json' };
import minimal from '../examples/data/minimal.json' with { type: 'json' };
import workshopStart from '../examples/data/workshop-start.json' with { type: 'json' };
import { generateCausalDocument } from '../tests/fixtures/generate-document.js';

interface Args {
  data: unknown;
  /** An earlier version: compare mode. */
  compare?: unknown;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
  loop: string;
  /** With `loop`: the link of the loop tour shown (0: no tour). */
  tourStep: number;
  arrangement: 'auto' | 'force' | 'circle';
  editable: boolean;
}

/** A small document whose loops carry the author's names, with a delay and both polarities. */
const namedLoops = {
  floke: '1.0',
  id: 'named-loops',
  title: 'Prosjekter som dør ut',
  language: 'nb',
  elements: [
    { id: 'tilskudd', kind: 'factor', label: 'Kortsiktige tilskudd' },
    { id: 'prosjekter', kind: 'factor', label: 'Nye prosjekter' },
    { id: 'prosjektdod', kind: 'factor', label: 'Prosjektdød' },
    { id: 'laering', kind: 'factor', label: 'Læring på tvers' },
    { id: 'kunnskap', kind: 'factor', label: 'Kunnskap om hva som virker' },
  ],
  relations: [
    { from: 'tilskudd', to: 'prosjekter', type: 'causes', polarity: '+' },
    { from: 'prosjekter', to: 'prosjektdod', type: 'causes', polarity: '+', delay: true },
    { from: 'prosjektdod', to: 'tilskudd', type: 'causes', polarity: '+' },
    { from: 'prosjektdod', to: 'laering', type: 'causes', polarity: '-' },
    { from: 'laering', to: 'kunnskap', type: 'causes', polarity: '+' },
    { from: 'kunnskap', to: 'prosjektdod', type: 'causes', polarity: '-' },
    { from: 'kunnskap', to: 'prosjekter', type: 'causes', polarity: '-' },
  ],
  views: {
    loops: {
      named: [
        { members: ['tilskudd', 'prosjekter', 'prosjektdod'], label: 'R1 Prosjekttredemølla' },
        { members: ['prosjektdod', 'laering', 'kunnskap'], label: 'R2 Læring som forsvinner' },
      ],
    },
  },
};

function withProblems(): unknown {
  const copy = structuredClone(telemark) as { relations: Record<string, unknown>[] };
  const causal = copy.relations.filter((r) => r.type === 'causes');
  delete causal[0]!.polarity;
  causal[1]!.to = 'finnes-ikke';
  return copy;
}

const meta: Meta<Args> = {
  title: 'Views/floke-causal-loops',
  component: 'floke-causal-loops',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    arrangement: { control: 'inline-radio', options: ['auto', 'force', 'circle'] },
    loop: { control: 'text' },
    tourStep: { control: { type: 'number', min: 0, max: 12 } },
    data: { control: 'object' },
  },
  args: { lang: 'nb', colorScheme: 'light', loop: '', tourStep: 0, arrangement: 'auto', editable: false, data: telemark },
  render: ({ data, compare, lang, colorScheme, loop, tourStep, arrangement, editable }) =>
    themedFrame(
      lang,
      colorScheme,
      html`<floke-causal-loops
        .compare=${compare}
        .data=${data}
        loop=${ifDefined(loop || undefined)}
        tour-step=${ifDefined(tourStep > 0 ? tourStep : undefined)}
        arrangement=${arrangement}
        ?editable=${editable}
        style="--floke-cld-height: 44rem"
      ></floke-causal-loops>`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          'Causal-loop diagram of the document’s `causes` relations. Every loop is found automatically (R: even number of negative links, B: odd) and listed with its path in words; hover or focus a loop to highlight it, or set `loop` to its code (`R1`) or id. Keyboard: Tab into the diagram, arrow keys move to linked factors (out-links, then in-links), Enter selects, L cycles the loops through the factor, N (Shift+N back) steps through all loops in reading order (as the stepper does: named first, then through the selection, shortest, best evidenced; each centred and announced), / searches, Esc clears, + / − / 0 zoom. Polarity is shown by a +/− glyph and a solid or dashed line, never by colour alone; ‖ marks a delay. Hovering, focusing or selecting a factor fades all but its links and neighbours (focus mode); a highlighted loop is painted on top in its R/B hue. The panel lists ten loops a page; unnamed loops are named by their members; below 560 px each card draws its loop as a ring. `toSVG()` and `toPNG()` export the drawing in its state (highlighted loop, selected factor), the same SVG `floke render --loop`/`--selected` writes. Loop tours: the "Steg for steg" button on a loop card, L then Enter on a factor, or `loop` with `tour-step` walk a loop link by link: the current link is drawn heavier, the rest of the loop recedes, and the tour bar says the step in words ("Steg 2 av 5: Mer prosjektdød minsker effektforskning"); arrows and PageUp/PageDown step, Esc ends the tour. Compare mode: give an earlier version as `compare` (object) or `compare-src` (URL) and new elements get a dark «ny» pill, changed ones a «Δ» square, their accessible names and the text alternative say so, and a «Hva er endret» panel below tells the changes in words and lists what is new, changed and gone; nothing unchanged moves. With `editable` (see the Workshop story) a panel and keys build the map in the room: add, rename, move and remove factors, draw links with their sign (K, arrows, Enter, + or −), set delay, evidence and source, add notes, undo and redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z); each change emits `floke-change` with the new document and an RFC 6902 patch, and a draft is kept in IndexedDB.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const TelemarkAgder: Story = {};
export const HighlightedLoop: Story = { args: { loop: 'R3' } };
/** The project treadmill toured link by link, at its second link: projects dying out → less effect research. */
export const LoopTour: Story = { args: { loop: 'R3', tourStep: 2 } };
export const LoopTourEnglish: Story = { args: { loop: 'R3', tourStep: 4, lang: 'en' } };
export const Minimal: Story = { args: { data: minimal, lang: 'en' } };
export const NamedLoops: Story = { args: { data: namedLoops } };
export const HundredFiftyFactors: Story = { args: { data: generateCausalDocument(150, 400, 7) } };
export const DocumentWithProblems: Story = { args: { data: withProblems() } };
export const Dark: Story = { args: { colorScheme: 'dark', loop: 'B1' } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const Circle: Story = { args: { arrangement: 'circle' } };
export const ComparedWithJanuary2024: Story = { args: { compare: january2024 } };
/** Workshop mode: start from six factors and build the map; factors added here carry a «NY» tag. */
export const Workshop: Story = { args: { data: workshopStart, editable: true } };
export const WorkshopDark: Story = { args: { data: workshopStart, editable: true, colorScheme: 'dark' } };
