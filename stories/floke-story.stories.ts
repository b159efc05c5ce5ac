import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/story.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };

interface StoryArgs {
  data: unknown;
  story?: string;
  step: number;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
}

/** A document with one short story over the loop view and the network, to edit live. */
const small = {
  floke: '1.2',
  title: 'En liten fortelling',
  language: 'nb',
  elements: [
    { id: 'tilskudd', kind: 'factor', label: 'Kortsiktige tilskudd' },
    { id: 'prosjektdod', kind: 'factor', label: 'Prosjektdød' },
    { id: 'kunnskap', kind: 'factor', label: 'Kunnskap om hva som virker' },
  ],
  relations: [
    { from: 'tilskudd', to: 'prosjektdod', type: 'causes', polarity: '+', delay: true },
    { from: 'prosjektdod', to: 'kunnskap', type: 'causes', polarity: '-' },
    { from: 'kunnskap', to: 'tilskudd', type: 'causes', polarity: '-' },
  ],
  views: {
    loops: { named: [{ members: ['tilskudd', 'prosjektdod', 'kunnskap'], label: 'R1 Tredemølla' }] },
    stories: [
      {
        id: 'liten',
        title: 'Tredemølla i tre ledd',
        steps: [
          { view: 'loops', loop: 'R1', caption: 'En forsterkende sløyfe i tre ledd.' },
          { view: 'loops', loop: 'R1', tour: 1, caption: 'Når tilskuddet tar slutt, stopper arbeidet.' },
          { view: 'loops', loop: 'R1', tour: 2, caption: 'Det som dør, blir ikke dokumentert.' },
          { view: 'iceberg', selected: 'prosjektdod', caption: 'Prosjektdød er noe vi ser: en hendelse.' },
        ],
      },
    ],
  },
};

const meta: Meta<StoryArgs> = {
  title: 'Views/floke-story',
  component: 'floke-story',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    data: { control: 'object' },
    story: { control: 'text' },
    step: { control: { type: 'number', min: 1, max: 20 } },
  },
  args: { lang: 'nb', colorScheme: 'light', step: 1, data: telemark, story: 'tredemolla' },
  render: ({ data, story, step, lang, colorScheme }) =>
    themedFrame(lang, colorScheme, html`<floke-story .data=${data} story=${ifDefined(story || undefined)} step=${step}></floke-story>`),
  parameters: {
    docs: {
      description: {
        component:
          'Plays a story of the document (`views.stories`, since 1.2) step by step. Each step names a view, what it selects, the loop it highlights (and the link of a loop tour with `tour`), network `filters`, and a caption with its sources. The player shows the caption, a progress line ("Steg 2 av 10") and previous/next buttons; Left/Right, Up/Down, PageUp/PageDown, Home and End step when focus is in the player. Each caption is announced in a live region. Under `prefers-reduced-motion: reduce` a step appears without fading. Each step is a deep link (`#story=tredemolla&step=3`); with `sync-url` the hash is read on load and on Back/Forward, and each step adds a history entry. At either end the previous/next button stays focusable with `aria-disabled`, so focus never falls to `<body>`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** The treadmill: short-term funding, projects that die after the project period, nothing documented, start again. */
export const Treadmill: Story = {};
/** The tour's second link: projects dying out → less effect research (an inferred link, marked with "?"). */
export const TreadmillOnTour: Story = { args: { step: 3 } };
/** The 2026 procurement's own exposure: implementation lies outside it. */
export const ProcurementExposed: Story = { args: { step: 8 } };
export const English: Story = { args: { lang: 'en', step: 2 } };
export const Dark: Story = { args: { colorScheme: 'dark', step: 2 } };
/** A small document to edit: change a caption or a step in the `data` control. */
export const EditableSmallStory: Story = { args: { data: small, story: 'liten' } };
