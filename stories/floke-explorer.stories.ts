import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/explorer.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };
import sammenMot from '../examples/data/sammen-mot.json' with { type: 'json' };
import minimal from '../examples/data/minimal.json' with { type: 'json' };
import { generateLargeDocument } from '../tests/fixtures/generate-document.js';

interface ExplorerArgs {
  data: unknown;
  view: 'overview' | 'iceberg' | 'horizons' | 'network' | 'loops';
  selected?: string;
  lazy: boolean;
  editable: boolean;
  width: string;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
}

const meta: Meta<ExplorerArgs> = {
  title: 'Views/floke-explorer',
  component: 'floke-explorer',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    data: { control: 'object' },
    view: { control: 'inline-radio', options: ['overview', 'iceberg', 'horizons', 'network', 'loops'] },
    selected: { control: 'text' },
    lazy: { control: 'boolean' },
    editable: { control: 'boolean' },
    width: { control: 'text' },
  },
  args: { lang: 'nb', colorScheme: 'light', view: 'overview', lazy: false, editable: false, width: '100%' },
  render: ({ data, view, selected, lazy, editable, width, lang, colorScheme }) =>
    themedFrame(
      lang,
      colorScheme,
      html`<floke-explorer
        style=${`width: ${width}`}
        .data=${data}
        view=${view}
        selected=${ifDefined(selected || undefined)}
        ?lazy=${lazy}
        ?editable=${editable}
      ></floke-explorer>`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          'The overview and the four views over one document, normalized once and shared. Selecting in any view selects in every view where the element is drawn; the others mark what relates to it with a dotted outline and say so in a line. A detail panel tells about the selection: kind, description, "Vis i" buttons, relations in words, sources (only http, https and mailto become links), notes and indicators. F6 / Shift+F6 move between the tabs, the view and the details; the arrow keys in the tabs switch views. `sync-url` keeps the view, selection, loop and network filters in `location.hash`. With `editable` (see the Workshop story) the explorer is a workshop over the whole map: one editor for every view, so an edit in the view shown reaches all of them; one undo history (the toolbar, or Ctrl/Cmd+Z in any view), one draft, one `floke-change` stream; live counts of factors, links, loops and actors; export of the view shown.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ExplorerArgs>;

export const TelemarkAgder: Story = { args: { data: telemark } };
/** A factor selected on the horizons: it is not drawn there, so the initiatives that work on it are marked. */
export const FactorOnTheHorizons: Story = { args: { data: telemark, view: 'horizons', selected: 'frafall' } };
/** An actor selected, shown in the loop view: the factors its initiatives address are marked. */
export const ActorInTheLoops: Story = { args: { data: telemark, view: 'loops', selected: 'kristiansand' } };
export const SammenMot: Story = { args: { data: sammenMot, view: 'network' } };
export const Minimal: Story = { args: { data: minimal, lang: 'en' } };
export const Dark: Story = { args: { data: telemark, colorScheme: 'dark', view: 'iceberg', selected: 'frafall' } };
export const Nynorsk: Story = { args: { data: telemark, lang: 'nn', view: 'horizons' } };
export const English: Story = { args: { data: telemark, lang: 'en', view: 'network' } };
export const Narrow: Story = { args: { data: telemark, view: 'horizons', selected: 'frafall', width: '320px' } };
/**
 * A generated document of 20,000 elements and 50,000 relations, beyond what anyone draws: it is prepared in a Worker
 * (a progress line and a Cancel button meanwhile), and every view says how much of it it draws (see README, Limits).
 */
export const LargeDocument: Story = { args: { data: generateLargeDocument(20_000, 50_000), view: 'network' } };
export const LoadFailure: Story = {
  render: ({ lang }) => html`<div lang=${lang}><floke-explorer src="/does-not-exist.json"></floke-explorer></div>`,
};
/** Workshop mode over the whole map: edit in the loops view, switch to another view, undo there; every view follows. */
export const Workshop: Story = { args: { data: telemark, editable: true, view: 'loops' } };
export const WorkshopDark: Story = { args: { data: telemark, editable: true, view: 'loops', colorScheme: 'dark' } };
