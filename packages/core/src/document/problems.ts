import type { UiLanguage } from './i18n/languages.js';

/** Every problem code Floke reports. Codes are stable: tools may match on them. */
export const PROBLEM_CODES = [
  // The document's shape (JSON Schema).
  'required',
  'wrong-type',
  'not-allowed-value',
  'id-format',
  'date-format',
  'language-tag-format',
  'local-text-invalid',
  'locator-blank',
  'version-unsupported',
  'out-of-range',
  'too-few-items',
  'too-many-items',
  'unknown-property',
  'schema-violation',
  // Meaning (checks beyond the schema).
  'duplicate-id',
  'unresolved-element',
  'unresolved-source',
  'unresolved-indicator',
  'unknown-layer',
  'unknown-level',
  'unknown-sector',
  'causes-needs-polarity',
  'polarity-ignored',
  'period-order',
  'date-invalid',
  'self-relation',
  'duplicate-relation',
  'horizon-shift-not-h2',
  'named-loop-broken',
  'addresses-wrong-kind',
  'direction-ignored',
  'story-step-field-ignored',
  'story-tour-needs-loop',
  // Dated versions (since 1.3).
  'duplicate-version-date',
  'version-content',
  'version-patch-failed',
  'version-invalid',
  'version-not-found',
  // Limits (see DOCUMENT_LIMITS): what lies beyond them is cut, clamped or left out, and said so.
  'too-deep',
  'too-many-elements',
  'too-many-relations',
  'label-too-long',
  'position-clamped',
  // Loading.
  'json-syntax',
  'fetch-failed',
  'fetch-too-large',
  'load-cancelled',
  // Drawing.
  'layout-failed',
  'diagram-capped',
  // Editing (workshop mode): why an edit was refused.
  'edit-target-missing',
  'edit-relation-exists',
  'edit-field-not-editable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Parameters a message is built from; kept so tools can build their own text. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** One problem in a document. */
export interface Problem {
  /** RFC 6901 pointer to the place in the document (`''` is the whole document). */
  readonly pointer: string;
  /** Stable code (see `PROBLEM_CODES`). */
  readonly code: ProblemCode;
  /** `error`: the item cannot be used as given. `warning`: it is used, but probably not as meant. */
  readonly severity: Severity;
  readonly params: ProblemParams;
  /** The message in every UI language. */
  readonly message: Readonly<Record<UiLanguage, string>>;
}
