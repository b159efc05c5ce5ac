import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/actor-network.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };
import sammenMot from '../examples/data/sammen-mot.json' with { type: 'json' };
import workshopStart from '../examples/data/workshop-network-start.json' with { type: 'json' };
import overTime from '../tests/fixtures/network-over-time.json' with { type: 'json' };
import { generateActorDocument } from '../tests/fixtures/generate-document.js';

interface Args {
  data: unknown;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
  mode: 'actors' | 'two-mode';
  levels: string;
  sectors: string;
  topic: string;
  initiative: string;
  asOf: string;
  hideHistory: boolean;
  selected: string;
  editable: boolean;
}

function withProblems(): unknown {
  const copy = structuredClone(telemark) as { elements: Record<string, unknown>[]; relations: Record<string, unknown>[] };
  copy.relations.push({ from: 'ks', to: 'finnes-ikke', type: 'collaborates' });
  copy.elements.find((e) => e.kind === 'actor')!.level = 'kommunalt';
  return copy;
}

const meta: Meta<Args> = {
  title: 'Views/floke-actor-network',
  component: 'floke-actor-network',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    mode: { control: 'inline-radio', options: ['actors', 'two-mode'] },
    levels: { control: 'text', description: 'Space-separated level ids; empty: all' },
    sectors: { control: 'text', description: 'Space-separated sector ids; empty: all' },
    topic: { control: 'text' },
    initiative: { control: 'text' },
    asOf: { control: 'text', description: 'Partial date (2021, 2021-06); `all`: all time; empty: the document\'s "now"' },
    hideHistory: { control: 'boolean' },
    selected: { control: 'text' },
    editable: { control: 'boolean', description: 'Workshop mode: add actors, ties and memberships, notes; undo, drafts, files' },
    data: { control: 'object' },
  },
  args: {
    lang: 'nb',
    colorScheme: 'light',
    mode: 'actors',
    levels: '',
    sectors: '',
    topic: '',
    initiative: '',
    asOf: '',
    hideHistory: false,
    selected: '',
    editable: false,
    data: telemark,
  },
  render: ({ data, lang, colorScheme, mode, levels, sectors, topic, initiative, asOf, hideHistory, selected, editable }) =>
    themedFrame(
      lang,
      colorScheme,
      html`<floke-actor-network
        .data=${data}
        mode=${mode}
        levels=${ifDefined(levels || undefined)}
        sectors=${ifDefined(sectors || undefined)}
        topic=${ifDefined(topic || undefined)}
        initiative=${ifDefined(initiative || undefined)}
        as-of=${ifDefined(asOf || undefined)}
        ?hide-history=${hideHistory}
        selected=${ifDefined(selected || undefined)}
        ?editable=${editable}
      ></floke-actor-network>`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          'Who works with whom, about what, at which level. One horizontal band per level (`views.network.levels`), each Louvain community a compact block (large networks stack tiers of blocks, each tier with the bands again), sector by shape and colour, brokers (betweenness far above the rest) ringed, ties thicker the more initiatives two actors share. `mode="two-mode"` draws initiatives as nodes. Filters by level, sector, topic and initiative hide nodes without moving the rest. As of a date (`as-of`, by default the document\'s `views.horizons.now`), ties whose initiatives all ended are drawn thinner and fainter and listed under "Tidligere samarbeid", actors that ceased to exist are hollow and struck through ("fantes til 2023"), and what did not exist yet is hidden. Drawn on a canvas with level-of-detail labels, so thousands of actors pan and zoom smoothly; an SVG layer carries focus and highlights. Keyboard: Tab into the drawing, arrow keys move to the partner in that direction (each step announced with what the two share), T shows the ties with their topics in the panel, Enter selects (`floke-select`), / searches, + / − / 0 zoom, Esc clears. The text alternative lists actors and ties as tables. `toSVG()` and `toPNG()` export the whole network with its highlight (a selected actor’s ego network), the same SVG `floke render --selected` writes.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const TelemarkAgder: Story = {};
/** The county's own case, Sammen Mot: a small network around the former Vestfold og Telemark fylkeskommune. */
export const SammenMot: Story = { args: { data: sammenMot, mode: 'two-mode' } };
export const TwoMode: Story = { args: { mode: 'two-mode' } };
export const Selected: Story = { args: { selected: 'ks' } };
export const FilteredLocalAndVoluntary: Story = { args: { levels: 'regional local', sectors: 'voluntary public' } };
export const FilteredByTopic: Story = { args: { topic: 'psykisk helse' } };
export const TwoThousandActors: Story = { args: { data: generateActorDocument(2000, 8000, 1) } };
export const DocumentWithProblems: Story = { args: { data: withProblems() } };
export const Dark: Story = { args: { colorScheme: 'dark', selected: 'hdir' } };
export const Nynorsk: Story = { args: { lang: 'nn', mode: 'two-mode' } };
export const English: Story = { args: { lang: 'en' } };
export const AsOf2021: Story = { args: { asOf: '2021' } };
export const OverTimeFixture: Story = { args: { data: overTime, asOf: '2025', selected: 'vtfk' } };
/** Workshop mode: start from fifteen actors and initiatives in Telemark and Agder; actors added here carry a «NY» tag. */
export const Workshop: Story = { args: { data: workshopStart, editable: true } };
export const WorkshopDark: Story = { args: { data: workshopStart, editable: true, colorScheme: 'dark' } };
