import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/indicator.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };

interface IndicatorArgs {
  data: unknown;
  indicator: string;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
}

/**
 * An indicator measured more than once, with a target: illustrative values for the story only (the seeds give one
 * NEET measurement, 9.7 % in 2022, and no numeric target for it).
 */
const illustration = {
  floke: '1.1',
  title: 'Illustrasjon',
  elements: [],
  sources: [{ id: 'eksempel', title: 'Illustrasjon, ikke ekte tall' }],
  indicators: [
    {
      id: 'andel',
      label: 'Andel unge utenfor (illustrasjon)',
      unit: '%',
      better: 'down',
      source: 'eksempel',
      series: [
        { date: '2020', value: 10.2 },
        { date: '2022', value: 9.7 },
        { date: '2024', value: 9.1 },
        { date: '2034', value: 7, target: true },
      ],
    },
  ],
};

const meta: Meta<IndicatorArgs> = {
  title: 'Foundation/floke-indicator',
  component: 'floke-indicator',
  tags: ['autodocs'],
  argTypes: { ...themeArgTypes, data: { control: 'object' }, indicator: { control: 'text' } },
  args: { lang: 'nb', colorScheme: 'light', data: telemark, indicator: 'neet-andel' },
  render: ({ data, indicator, lang, colorScheme }) =>
    themedFrame(lang, colorScheme, html`<floke-indicator .data=${data} indicator=${indicator}></floke-indicator>`),
  parameters: {
    docs: {
      description: {
        component:
          'One indicator with its trend: the latest measurement and the target side by side, whether it is heading for the target (judged by `better`), a small chart (measurements as dots, targets as diamonds), one sentence in nb, nn or en, and the source. Set `data` or `src` and `indicator` (an id; default the first).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<IndicatorArgs>;

/** The NEET share of the Telemark example: one measurement, so too few to tell a trend. */
export const NeetShare: Story = {};
/** A target with no measurement yet (the mission's sub-goal 1.6). */
export const TargetOnly: Story = { args: { indicator: 'psykiske-plager' } };
export const TowardTarget: Story = { args: { data: illustration, indicator: 'andel' } };
export const Dark: Story = { args: { data: illustration, indicator: 'andel', colorScheme: 'dark' } };
export const Nynorsk: Story = { args: { data: illustration, indicator: 'andel', lang: 'nn' } };
export const English: Story = { args: { data: illustration, indicator: 'andel', lang: 'en' } };
export const LoadFailure: Story = {
  render: ({ lang }) => html`<div lang=${lang}><floke-indicator src="/does-not-exist.json"></floke-indicator></div>`,
};
