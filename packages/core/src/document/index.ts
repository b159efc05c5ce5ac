// The document: its types, validation, normalisation into the model every view reads, its vocabulary and texts.
export type {
  FlokeDocument,
  FlokeElementData,
  FlokeRelationData,
  FlokeSourceData,
  FlokeSourceReferenceData,
  FlokeLocatedSourceData,
  FlokeStoryData,
  FlokeStoryStepData,
  FlokeVersionData,
  FlokePatchOperationData,
  FlokeIndicatorData,
  LocalText,
  PartialDate,
} from './schema-types.js';
export { validate, type ValidationResult } from './validate/validate.js';
export { versionsOf, materializeVersion, type DocumentVersion, type MaterializedVersion } from './versions/versions.js';
export { parseDocument, type ParseResult } from './validate/parse-document.js';
export { normalize, type NormalizeOptions } from './normalize.js';
export type {
  NormalizedDocument,
  NormalizedElement,
  NormalizedRelation,
  NormalizedSource,
  NormalizedIndicator,
  NormalizedNote,
  NormalizedItem,
  NormalizedNamedLoop,
  NormalizedViews,
  NormalizedStory,
  NormalizedStoryStep,
  StoryView,
  SourceLocator,
  ExcludedItem,
} from './normalized-types.js';
export { STORY_VIEWS } from './normalized-types.js';
export { PROBLEM_CODES, SEVERITIES, type Problem, type ProblemCode, type ProblemParams, type Severity } from './problems.js';
export { makeProblem } from './i18n/problem-messages.js';
export { makeLoadingProblem, type LoadingProblemCode } from './i18n/loading-problem-messages.js';
export { UI_LANGUAGES, DEFAULT_LANGUAGE, resolveUiLanguage, type UiLanguage } from './i18n/languages.js';
export { pickText, type LocalTextMap } from './i18n/local-text.js';
export {
  ELEMENT_KINDS,
  ELEMENT_KIND_LABELS,
  RELATION_TYPES,
  ADDRESSES_FROM_KINDS,
  ADDRESSES_TO_KINDS,
  ADDRESS_DIRECTIONS,
  HORIZONS,
  DEFAULT_HORIZON_RANGE,
  ICEBERG_LAYERS,
  SIX_CONDITIONS_LAYERS,
  SIX_CONDITIONS_LEVELS,
  ICEBERG_PRESETS,
  DEFAULT_WATERLINE,
  NETWORK_LEVELS,
  NETWORK_SECTORS,
  type ElementKind,
  type RelationType,
  type AddressDirection,
  type Horizon,
  type IcebergPreset,
  type BuiltInItem,
} from './vocabulary.js';
export { pointerOf, parsePointer, valueAtPointer } from './json-pointer.js';
export { DOCUMENT_LIMITS } from './limits.js';
export { DRAWING_LIMITS, drawingModel, relationsByStrength, type DrawingScope, type ScopeCount } from './drawing-scope.js';
export { parsePartialDate, toDecimalYear, decimalYearOf, decimalYearAtEndOf, type PartialDateParts } from './dates.js';
