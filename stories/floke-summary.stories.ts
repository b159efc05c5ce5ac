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
  problems: 'none' | 'summary' | 'full';
  linkBase: string;
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
    problems: { control: 'inline-radio', options: ['none', 'summary', 'full'] },
    linkBase: { control: 'text' },
  },
  args: { lang: 'nb', colorScheme: 'light', problems: 'summary', linkBase: '' },
  render: ({ data, lang, colorScheme, problems, linkBase }) =>
    themedFrame(lang, colorScheme, html`<floke-summary .data=${data} problems=${problems} link-base=${linkBase}></floke-summary>`),
  parameters: {
    docs: {
      description: {
        component:
          "The overview of a Floke document as an insight card: headline figures with their trend and target, the loops to read first, where to act and the network's brokers, each a deep link (`link-base` + `#view=loops&loop=R1`); counts in the footer. `problems`: `none`, `summary` (default, one calm line) or `full` (the list with JSON pointers an editor needs). Set `data` (property) or `src` (attribute); language from the nearest `[lang]`; colours from `--floke-*` custom properties that default to Designsystemet tokens.",
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
/** The editor's view of the same document: every problem with its JSON pointer. */
export const DocumentWithProblemsFull: Story = { args: { data: withProblems(), problems: 'full' } };
/** Deep links to a separate explorer page. */
export const LinksToExplorerPage: Story = { args: { data: telemark, linkBase: '/utforsk.html' } };
export const Dark: Story = { args: { data: telemark, colorScheme: 'dark' } };
export const Nynorsk: Story = { args: { data: telemark, lang: 'nn' } };
export const English: Story = { args: { data: telemark, lang: 'en' } };
export const LoadFailure: Story = {
  render: ({ lang }) => html`<div lang=${lang}><floke-summary src="/does-not-exist.json"></floke-summary></div>`,
};
