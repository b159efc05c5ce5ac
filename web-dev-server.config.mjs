// `npm start`: serves the gallery of example documents with bare imports resolved, no bundling.
export default {
  rootDir: '.',
  nodeResolve: true,
  appIndex: undefined,
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/examples/',
  watch: false,
};
