import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DESIGNSYSTEMET_TOKENS, PALETTE_ROLES, PALETTES, SECTOR_COLOR_KEYS, SECTOR_COLORS, type PaletteRole } from '@floke/core';
import { html } from 'lit';

const kebab = (role: string) => role.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** What each palette role is for; the views tell the same meaning by shape, pattern or text as well. */
const ROLE_USES: Readonly<Record<PaletteRole, string>> = {
  background: 'Background of every view',
  surface: 'Panels, chips, bands',
  text: 'Text and labels',
  textSubtle: 'Secondary text, neutral lines',
  border: 'Outlines and ties',
  accent: 'Highlights (a loop, a chain, partners)',
  accentText: 'Accent text',
  dangerText: 'Errors in the problem summary',
  dangerSurface: 'Error background',
  warningText: 'Warnings in the problem summary',
  warningSurface: 'Warning background',
  focus: 'Keyboard focus: a dashed outline around the mark',
  water: 'The iceberg under the waterline',
  selection: 'The selected mark: a solid ring on its own shape',
  positive: 'A + link’s sign ring (the sign is also written, the line solid)',
  negative: 'A − link’s sign ring (the sign is also written, the line dashed)',
  reinforcing: 'R loop markers (R is also written)',
  balancing: 'B loop markers (B is also written)',
  h1: 'Horizon 1 curve (solid, thickest, named)',
  h2: 'Horizon 2 curve (dashed, named)',
  h3: 'Horizon 3 curve (dotted, named)',
  ice0: 'The iceberg’s tip, above the waterline',
  ice1: 'The ice of the first layer under water',
  ice2: 'The ice of the middle layers under water',
  ice3: 'The ice of the deepest layers (darker with depth)',
  kindActor: 'An actor chip’s band in the iceberg (its glyph ● is on it)',
  kindInitiative: 'An initiative chip’s band (glyph ◆)',
  kindFactor: 'A factor chip’s band (glyph ■)',
  kindGoal: 'A goal chip’s band (glyph ★)',
  kindInsight: 'An insight chip’s band (glyph ▲)',
};

const TYPE_SCALE = [
  ['--floke-font-size-small', '0.8125rem (13 px)', 'Labels, legend, help, toolbar labels; never set below 12 px'],
  ['--floke-font-size', '1rem', 'Body text, the how-to-read line, fields'],
  ['--floke-font-size-large', '1.25rem', 'The view’s heading (`heading` attribute)'],
  ['--floke-font-family', 'Designsystemet’s, else system-ui', 'Every text, also what the layouts measure'],
] as const;

const swatch = (color: string) => html`<span class="swatch" style="background:${color}"></span><code>${color}</code>`;

/**
 * The design tokens every view reads: one semantic palette and one type scale. Each `--floke-*` custom property
 * defaults to a Designsystemet `--ds-*` token, then to Floke's own light/dark value shown here.
 */
const meta: Meta = {
  title: 'Foundations/Design tokens',
  render: () => html`
    <style>
      .tokens {
        border-collapse: collapse;
        font:
          14px system-ui,
          sans-serif;
      }
      .tokens th,
      .tokens td {
        border-bottom: 1px solid #c9d1db;
        padding: 0.35rem 0.6rem;
        text-align: left;
        vertical-align: middle;
      }
      .swatch {
        display: inline-block;
        width: 1.1rem;
        height: 1.1rem;
        border: 1px solid #7a8799;
        border-radius: 3px;
        vertical-align: middle;
        margin-right: 0.35rem;
      }
    </style>
    <h2>Palette</h2>
    <table class="tokens">
      <thead>
        <tr>
          <th>Token</th>
          <th>Defaults to</th>
          <th>Light</th>
          <th>Dark</th>
          <th>Used for</th>
        </tr>
      </thead>
      <tbody>
        ${PALETTE_ROLES.map(
          (role) =>
            html`<tr>
              <td><code>--floke-color-${kebab(role)}</code></td>
              <td><code>${DESIGNSYSTEMET_TOKENS[role]}</code></td>
              <td>${swatch(PALETTES.light[role])}</td>
              <td>${swatch(PALETTES.dark[role])}</td>
              <td>${ROLE_USES[role]}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>Sectors (actor network)</h2>
    <table class="tokens">
      <thead>
        <tr>
          <th>Token</th>
          <th>Light</th>
          <th>Dark</th>
        </tr>
      </thead>
      <tbody>
        ${SECTOR_COLOR_KEYS.map(
          (key) =>
            html`<tr>
              <td><code>--floke-sector-${key}</code></td>
              <td>${swatch(SECTOR_COLORS.light[key])}</td>
              <td>${swatch(SECTOR_COLORS.dark[key])}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p>Every sector also has its own symbol shape, so the sector never depends on colour alone.</p>
    <h2>Type scale</h2>
    <table class="tokens">
      <thead>
        <tr>
          <th>Token</th>
          <th>Default</th>
          <th>Used for</th>
        </tr>
      </thead>
      <tbody>
        ${TYPE_SCALE.map(
          ([token, value, use]) =>
            html`<tr>
              <td><code>${token}</code></td>
              <td>${value}</td>
              <td>${use}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
export default meta;

export const Tokens: StoryObj = {};
