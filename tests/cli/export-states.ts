/**
 * The states the export tests draw each view of each example document in, beside the view at rest: one element
 * selected, and for the causal-loop diagram one loop highlighted. The browser snapshots
 * (tests/elements/svg-snapshots.test.ts) export them from the element; the Node renderer's test
 * (tests/cli/render-svg.test.ts) renders them with `floke render --selected … --loop …`; both compare with the same
 * snapshot file. Plain data, no imports.
 */
export type ExportView = 'iceberg' | 'horizons' | 'loops' | 'network';

export interface ExportState {
  /** Snapshot name suffix. */
  readonly name: string;
  readonly selected?: string;
  readonly loop?: string;
}

export const EXPORT_STATES: Readonly<Record<'minimal' | 'telemark-agder', Readonly<Record<ExportView, readonly ExportState[]>>>> = {
  minimal: {
    iceberg: [{ name: 'selected', selected: 'exclusion' }],
    horizons: [{ name: 'selected', selected: 'mentoring' }],
    loops: [
      { name: 'selected', selected: 'dropout' },
      { name: 'loop', loop: 'R1' },
    ],
    network: [{ name: 'selected', selected: 'school' }],
  },
  'telemark-agder': {
    iceberg: [{ name: 'selected', selected: 'fragmentering' }],
    horizons: [{ name: 'selected', selected: 'utenforfloken' }],
    loops: [
      { name: 'selected', selected: 'fragmentering' },
      { name: 'loop', loop: 'R2' },
    ],
    network: [{ name: 'selected', selected: 'bufdir' }],
  },
};
