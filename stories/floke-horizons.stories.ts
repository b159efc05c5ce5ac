import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/horizons.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };
import workshopStart from '../examples/data/workshop-horizons-start.json' with { type: 'json' };

interface Args {
  data: unknown;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
  selected: string;
  width: string;
  editable: boolean;
}

/** Sixty initiatives in one decade: labels must find room without covering each other. */
const denseDecade = {
  floke: '1.0',
  id: 'dense-decade',
  title: 'Et tett tiår',
  language: 'nb',
  elements: Array.from({ length: 60 }, (_, i) => ({
    id: `t${i}`,
    kind: i % 5 === 0 ? 'goal' : 'initiative',
    label: `Tiltak ${i + 1}${i % 4 === 0 ? ' for unge i kommunen' : ''}`,
    horizon: ['H1', 'H2', 'H3'][i % 3],
    ...(i % 3 === 1 ? { horizonShift: i % 2 ? 'toward-h3' : 'absorbed-by-h1' } : {}),
    date: `${2020 + (i % 10)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}`,
  })),
  relations: [],
  views: { horizons: { start: '2020', end: '2030', now: '2026' } },
};

/** The Telemark example with its three main goals given `priority: "high"`: their labels are placed first. */
function mainGoalsFirst(): unknown {
  const copy = structuredClone(telemark) as { elements: { id: string; priority?: string }[] };
  for (const e of copy.elements) if (['h3-mal-1', 'h3-mal-2', 'h3-mal-3'].includes(e.id)) e.priority = 'high';
  return copy;
}

function outOfRange(): unknown {
  const copy = structuredClone(telemark) as { views: Record<string, unknown> };
  copy.views = { ...copy.views, horizons: { start: '2019', end: '2030', now: '2026-03' } };
  return copy;
}

const meta: Meta<Args> = {
  title: 'Views/floke-horizons',
  component: 'floke-horizons',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    selected: { control: 'text' },
    width: { control: 'text' },
    data: { control: 'object' },
  },
  args: { lang: 'nb', colorScheme: 'light', selected: '', width: '100%', editable: false, data: telemark },
  render: ({ data, lang, colorScheme, selected, width, editable }) =>
    themedFrame(
      lang,
      colorScheme,
      html`<floke-horizons
        style=${`width: ${width}`}
        .data=${data}
        selected=${ifDefined(selected || undefined)}
        ?editable=${editable}
      ></floke-horizons>`,
    ),
  parameters: {
    docs: {
      description: {
        component:
          "Three horizons over a real time axis (`views.horizons`: `start`, `end`, `now`, optional `curves`): H1 falling (solid), H2 rising and falling (dashed), H3 rising (dotted), each element on its curve at its date, periods along it (shown when selected), H2+ / H2− arrows from `horizonShift`. Elements outside the axis sit at its edge with a note. Filters by kind and horizon; keyboard: Left/Right along a horizon by date, Up/Down between horizons, Enter shows details, Esc clears. Narrow containers get a vertical timeline per horizon. Each horizon has its own hue and pattern and its name at the curve's end; a legend names patterns, shapes, arrows and the dashed planned ring. Goals and initiatives are labelled where there is room; other labels show on hover, focus or selection. Markers of one date stand in a column at that date (see *Dense decade*). With `editable` (see the Workshop story) a panel and keys change the horizons in the room: add an element at a date on a horizon (the form; N on a marker; or a click near a curve, which picks that horizon and month), rename, remove, move along time (Alt+Left/Right a month, Alt+Shift a year, or drag a marker, snapped to months), change horizon (Alt+Up/Down), mark H2+/H2− (S or the buttons) and add dated notes; undo and redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z); each change emits `floke-change` with the new document and an RFC 6902 patch, a draft is kept in IndexedDB, and what was added carries a «NY» tag before its label.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const TelemarkAgder: Story = {};
export const Selected: Story = { args: { selected: 'innovativ-anskaffelse-2026' } };
export const DenseDecade: Story = { args: { data: denseDecade } };
export const MainGoalsFirst: Story = { args: { data: mainGoalsFirst() } };
export const OutsideTheTimeRange: Story = { args: { data: outOfRange() } };
export const Narrow: Story = { args: { width: '320px' } };
export const Dark: Story = { args: { colorScheme: 'dark', selected: 'samarbeid-0-24' } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };

/** Workshop mode: start from eight elements and place what the room sees; elements added here carry a «NY» tag. */
export const Workshop: Story = { args: { data: workshopStart, editable: true } };
export const WorkshopDark: Story = { args: { data: workshopStart, editable: true, colorScheme: 'dark', selected: 'ks-pri' } };
