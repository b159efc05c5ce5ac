import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Nothing outside the machine is reachable, and nothing should be sent.
  core: { disableTelemetry: true },
};

export default config;
