// For svelte-check (the apps step type-checks the Svelte app) and vite-plugin-svelte: Svelte 5's defaults.
export default {};
