import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/iceberg.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };
import january2024 from '../examples/data/telemark-agder-2024-01.json' with { type: 'json' };
import workshopStart from '../examples/data/iceberg-workshop-start.json' with { type: 'json' };

interface Args {
  data: unknown;
  /** An earlier version: compare mode. */
  compare?: unknown;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
  selected: string;
  width: string;
  editable: boolean;
}

/** The Telemark elements regrouped on Kania, Kramer & Senge's six conditions of systems change. */
function sixConditions(): unknown {
  const copy = structuredClone(telemark) as { elements: Record<string, unknown>[]; views: Record<string, unknown> };
  const move: Record<string, string> = {
    events: 'practices',
    patterns: 'relationships',
    structures: 'policies',
    'mental-models': 'mental-models',
  };
  for (const element of copy.elements) if (typeof element.layer === 'string') element.layer = move[element.layer];
  const power = copy.elements.find((e) => e.id === 'mm-forsvarer-egen-org');
  if (power) power.layer = 'power-dynamics';
  for (const id of ['oremerkede-tilskudd', 'kortsiktige-prosjekter', 'st-forskning-sektorisert']) {
    const flow = copy.elements.find((e) => e.id === id);
    if (flow) flow.layer = 'resource-flows';
  }
  copy.views = { ...copy.views, iceberg: { preset: 'six-conditions' } };
  return copy;
}

/** A layer with 30 elements, an empty layer, and a very long Norwegian compound. */
const crowded = {
  floke: '1.0',
  id: 'crowded',
  title: 'Trange lag',
  language: 'nb',
  elements: [
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      kind: i % 3 ? 'factor' : 'initiative',
      label: `Struktur ${i + 1}${i % 4 === 0 ? ' med en lengre beskrivelse' : ''}`,
      layer: 'structures',
    })),
    { id: 'long', kind: 'insight', label: 'Tjenesteinnovasjonsprosjektfinansiering', layer: 'events' },
    { id: 'mm', kind: 'insight', label: 'Vi har alltid gjort det slik', layer: 'mental-models' },
  ],
  relations: [
    { from: 'mm', to: 's4', type: 'explains' },
    { from: 's4', to: 'long', type: 'explains' },
    { from: 'mm', to: 's17', type: 'explains' },
  ],
};

const meta: Meta<Args> = {
  title: 'Views/floke-iceberg',
  component: 'floke-iceberg',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    selected: { control: 'text' },
    width: { control: 'text' },
    data: { control: 'object' },
  },
  args: { lang: 'nb', colorScheme: 'light', selected: '', width: '100%', editable: false, data: telemark },
  render: ({ data, compare, lang, colorScheme, selected, width, editable }) =>
    themedFrame(
      lang,
      colorScheme,
      html`<floke-iceberg
        .compare=${compare}
        style=${`width: ${width}`}
        .data=${data}
        selected=${ifDefined(selected || undefined)}
        ?editable=${editable}
      ></floke-iceberg>`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          'The systems iceberg: layers from `views.iceberg` (default: events, patterns, structures, mental models; preset `six-conditions`), a small tip above the waterline and the mass beneath, the ice darker with depth, a depth scale labelled at both ends. Chips show their kind by a tinted band with a glyph (never by colour alone) and their number of `explains` links by a badge ("↕3"). Links are drawn only for the chain of the hovered, focused or selected chip, the rest dimmed. Keyboard: Up/Down between layers, Left/Right within a layer, Enter selects, Esc clears. Labels re-wrap under WCAG 1.4.12 text spacing. Below 480 px of container width it reflows to a stacked list of layers (WCAG 1.4.10). Custom properties: `--floke-color-ice0`…`-ice3`, `--floke-color-kind-*`. Compare mode: give an earlier version as `compare` (object) or `compare-src` (URL) and new elements get a dark «ny» pill, changed ones a «Δ» square, their accessible names and the text alternative say so, and a «Hva er endret» panel below tells the changes in words and lists what is new, changed and gone; nothing unchanged moves. With `editable` (see the Workshop story) a panel and keys build the iceberg in the room: add an element to a layer (a button per layer, or N on a chip), rename (F2) and remove (Delete) it, move it to another layer (Alt+Up/Down, a drag, or the layer picker), draw an explanation (K, arrows, Enter; or «Lag forklaring» and a click on the target), remove one, add dated notes to an element or its explanations, undo and redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z); each change emits `floke-change` with the new document and an RFC 6902 patch, and a draft is kept in IndexedDB.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const TelemarkAgder: Story = {};
export const ChainSelected: Story = { args: { selected: 'linjemotstand' } };
export const SixConditions: Story = { args: { data: sixConditions() } };
export const CrowdedAndEmptyLayers: Story = { args: { data: crowded } };
export const Narrow: Story = { args: { width: '320px' } };
export const Dark: Story = { args: { colorScheme: 'dark', selected: 'fragmentering' } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const ComparedWithJanuary2024: Story = { args: { compare: january2024 } };

/** Workshop mode: start from two elements a layer and build the iceberg; elements added here carry a «NY» tag. */
export const Workshop: Story = { args: { data: workshopStart, editable: true } };
export const WorkshopDark: Story = { args: { data: workshopStart, editable: true, colorScheme: 'dark' } };
export const WorkshopNarrow: Story = { args: { data: workshopStart, editable: true, width: '340px' } };
