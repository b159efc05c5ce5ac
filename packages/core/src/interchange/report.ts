/** What an import or export could not carry over, so nothing is dropped silently. */
export interface InterchangeReport {
  /** Fields of the source kept under `extensions` because no Floke field means them (import). */
  readonly unmapped: readonly UnmappedField[];
  /** Things the target format cannot hold, or guesses made (e.g. a missing kind defaulted). */
  readonly notes: readonly string[];
}

export interface UnmappedField {
  /** `elements/3`, `relations/0`, or `document`. */
  readonly where: string;
  readonly field: string;
}

/** Collects a report while converting. */
export class ReportBuilder {
  readonly unmapped: UnmappedField[] = [];
  readonly notes: string[] = [];
  unmappedField(where: string, field: string): void {
    this.unmapped.push({ where, field });
  }
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
  build(): InterchangeReport {
    return { unmapped: [...this.unmapped], notes: [...this.notes] };
  }
}

/** A report as lines of text, for a terminal. Unmapped fields are grouped by name. */
export function formatReport(report: InterchangeReport): string[] {
  const byField = new Map<string, number>();
  for (const u of report.unmapped) byField.set(u.field, (byField.get(u.field) ?? 0) + 1);
  return [...[...byField].map(([field, count]) => `unmapped "${field}" (${count}×): kept under extensions`), ...report.notes];
}
