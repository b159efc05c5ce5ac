import type { StorybookConfig } from '@storybook/web-components-vite';

/** Lit's packages: one copy for the stories and the elements (else Lit warns "Multiple versions of Lit loaded"). */
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages (autodocs) with the attribute, property, event, part and custom-property tables from
  // custom-elements.json (preview.ts hands it to Storybook).
  addons: ['@storybook/addon-docs'],
  // Nothing outside the machine is reachable, and nothing should be sent.
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, dedupe: [...(vite.resolve?.dedupe ?? []), ...LIT] },
    optimizeDeps: {
      ...vite.optimizeDeps,
      // Vite pre-bundles `lit` for the stories while the workspace's @floke/elements (linked, so not pre-bundled)
      // imports it from node_modules: two copies. Pre-bundling neither keeps one; @floke/elements stays
      // unbundled so its Worker files resolve (README, "Vite").
      exclude: [...(vite.optimizeDeps?.exclude ?? []), ...LIT, '@floke/elements'],
    },
  }),
};

export default config;
