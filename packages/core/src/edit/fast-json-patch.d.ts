// fast-json-patch ships its ES module as `index.mjs` without an `exports` map, and its typings only for the CommonJS
// entry; this names the ES module for TypeScript with the same typings.
declare module 'fast-json-patch/index.mjs' {
  export * from 'fast-json-patch';
}
