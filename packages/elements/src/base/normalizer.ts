// The only module of @floke/elements that imports `normalize`, and only through `import()` (lazy-normalize.ts):
// normalizing brings the schema validator, the semantic checks and their messages, which is most of what a view
// weighs. `drawingModel` (the part of a large document a view draws) comes along: it only ever follows `normalize`.
// A view handed a normalized `model` (as `<floke-explorer>` hands its views) never loads it. `materializeVersion`
// (compare-version: a version the document carries, made by applying its patches) is always followed by `normalize`.
export { drawingModel, materializeVersion, normalize } from '@floke/core';
