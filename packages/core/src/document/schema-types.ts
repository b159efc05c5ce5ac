// The document's TypeScript types, generated from the schema into `../generated/`. Only the named parts are
// public, each as `Floke…Data` (the raw document, beside the `Normalized…` model); the generator's numbered
// duplicates (`Id1` …, `LocalText1` …) stay inside. `Element` is renamed so it does not shadow the DOM's `Element`.
export type {
  FlokeDocument,
  Element as FlokeElementData,
  Relation as FlokeRelationData,
  Source as FlokeSourceData,
  SourceReference as FlokeSourceReferenceData,
  LocatedSource as FlokeLocatedSourceData,
  Indicator as FlokeIndicatorData,
  Story as FlokeStoryData,
  StoryStep as FlokeStoryStepData,
  Version as FlokeVersionData,
  PatchOperation as FlokePatchOperationData,
  LocalText,
  PartialDate,
} from '../generated/schema-types.js';
