import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeArgTypes, themedFrame } from './story-frame.js';
import '@floke/elements/summary.js';
import telemark from '../examples/data/telemark-agder.json' with { type: 'json' };
import minimal from '../examples/data/minimal.json' with { type: 'json' };
import sammenMot from '../examples/data/sammen-mot.json' with { type: 'json' };

interface SummaryArgs {
  data: unknown;
  lang: 'nb' | 'nn' | 'en';
  colorScheme: 'light' | 'dark';
}

/** A document with one broken relation, one unknown element kind and a misspelt field. */
function withProblems(): unknown {
  const copy = structuredClone(telemark) as { relations: Record<string, unknown>[]; elements: Record<string, unknown>[] };
  copy.relations[0]!.to = 'finnes-ikke';
  copy.elements[3]!.kind = 'person';
  copy.elements[5]!.lable = 'skrivefeil';
  return copy;
}

const meta: Meta<SummaryArgs> = {
  title: 'Foundation/floke-summary',
  component: 'floke-summary',
  tags: ['autodocs'],
  argTypes: {
    ...themeArgTypes,
    data: { control: 'object' },
  },
  args: { lang: 'nb', colorScheme: 'light' },
  render: ({ data, lang, colorScheme }) => themedFrame(lang, colorScheme, html`<floke-summary .data=${data}></floke-summary>`),
  parameters: {
    docs: {
      description: {
        component:
          'Overview and validation report of a Floke document: what it holds, what each view shows, its indicators and a localised list of its problems, each with its JSON pointer. Set `data` (property) or `src` (attribute); language from the nearest `[lang]`; colours from `--floke-*` custom properties that default to Designsystemet tokens.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SummaryArgs>;

export const TelemarkAgder: Story = { args: { data: telemark } };
export const Minimal: Story = { args: { data: minimal, lang: 'en' } };
/** The second real document: the county's own case, Sammen Mot, with its gaps stated in its description. */
export const SammenMot: Story = { args: { data: sammenMot } };
export const DocumentWithProblems: Story = { args: { data: withProblems() } };
export const Dark: Story = { args: { data: telemark, colorScheme: 'dark' } };
export const Nynorsk: Story = { args: { data: telemark, lang: 'nn' } };
export const English: Story = { args: { data: telemark, lang: 'en' } };
export const LoadFailure: Story = {
  render: ({ lang }) => html`<div lang=${lang}><floke-summary src="/does-not-exist.json"></floke-summary></div>`,
};
