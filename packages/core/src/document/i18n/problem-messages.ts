import type { ProblemCode, ProblemParams, Severity } from '../problems.js';
import type { UiLanguage } from './languages.js';
import { LOADING_PROBLEM_TEXTS, problemOf, type ProblemText } from './loading-problem-messages.js';
import { ELEMENT_KIND_LABELS, type ElementKind } from '../vocabulary.js';

/** An element kind in words, lower case («aktør», “actor”); an unknown kind as given. */
const kindLabel = (kind: string | number | undefined, lang: UiLanguage): string =>
  // An own key only: a kind such as "__proto__" or "toString" must not find Object.prototype's members.
  typeof kind === 'string' && Object.hasOwn(ELEMENT_KIND_LABELS, kind)
    ? ELEMENT_KIND_LABELS[kind as ElementKind][lang].toLowerCase()
    : String(kind ?? '');

/** Why a version's patch did not apply, in words (`version-patch-failed`). */
const PATCH_REASONS: Readonly<Record<UiLanguage, (p: ProblemParams) => string>> = {
  nb: (p) =>
    ({
      'path-missing': `stedet ${p.path} finnes ikke i dokumentet.`,
      'test-failed': `verdien ved ${p.path} er ikke den «test» venter.`,
      'value-missing': `operasjonen ved ${p.path} mangler «value».`,
      'from-missing': `«from» mangler eller finnes ikke i dokumentet.`,
    })[String(p.reason)] ?? `operasjonen ved ${p.path || '/'} er ikke en gyldig JSON Patch-operasjon.`,
  nn: (p) =>
    ({
      'path-missing': `staden ${p.path} finst ikkje i dokumentet.`,
      'test-failed': `verdien ved ${p.path} er ikkje den «test» ventar.`,
      'value-missing': `operasjonen ved ${p.path} manglar «value».`,
      'from-missing': `«from» manglar eller finst ikkje i dokumentet.`,
    })[String(p.reason)] ?? `operasjonen ved ${p.path || '/'} er ikkje ein gyldig JSON Patch-operasjon.`,
  en: (p) =>
    ({
      'path-missing': `the place ${p.path} does not exist in the document.`,
      'test-failed': `the value at ${p.path} is not the one “test” expects.`,
      'value-missing': `the operation at ${p.path} has no “value”.`,
      'from-missing': `“from” is missing or does not exist in the document.`,
    })[String(p.reason)] ?? `the operation at ${p.path || '/'} is not a valid JSON Patch operation.`,
};

/**
 * Message and default severity of every problem code, in every UI language.
 * Typed as a total record so a new code cannot ship without its three messages.
 */
export const PROBLEM_TEXTS: Readonly<Record<ProblemCode, ProblemText>> = {
  required: {
    severity: 'error',
    nb: (p) => `Mangler «${p.property}», som er påkrevd her.`,
    nn: (p) => `Manglar «${p.property}», som er påkravd her.`,
    en: (p) => `Missing “${p.property}”, which is required here.`,
  },
  'wrong-type': {
    severity: 'error',
    nb: (p) => `Feil type: ventet ${p.expected}, fant ${p.actual}.`,
    nn: (p) => `Feil type: venta ${p.expected}, fann ${p.actual}.`,
    en: (p) => `Wrong type: expected ${p.expected}, found ${p.actual}.`,
  },
  'not-allowed-value': {
    severity: 'error',
    nb: (p) => `Verdien ${p.value} er ikke tillatt. Tillatt: ${p.allowed}.`,
    nn: (p) => `Verdien ${p.value} er ikkje tillaten. Tillate: ${p.allowed}.`,
    en: (p) => `The value ${p.value} is not allowed. Allowed: ${p.allowed}.`,
  },
  'id-format': {
    severity: 'error',
    nb: (p) => `Ugyldig id ${p.value}: bruk bokstavene a–z, sifre, «_», «.», «:» og «-», og start med bokstav eller siffer.`,
    nn: (p) => `Ugyldig id ${p.value}: bruk bokstavane a–z, siffer, «_», «.», «:» og «-», og start med bokstav eller siffer.`,
    en: (p) => `Invalid id ${p.value}: use letters a–z, digits, “_”, “.”, “:” and “-”, starting with a letter or digit.`,
  },
  'date-format': {
    severity: 'error',
    nb: (p) => `Ugyldig dato ${p.value}: skriv år (2026), måned (2026-03) eller dag (2026-03-04).`,
    nn: (p) => `Ugyldig dato ${p.value}: skriv år (2026), månad (2026-03) eller dag (2026-03-04).`,
    en: (p) => `Invalid date ${p.value}: write a year (2026), month (2026-03) or day (2026-03-04).`,
  },
  'language-tag-format': {
    severity: 'error',
    nb: (p) => `Ugyldig språkkode ${p.value}: ventet for eksempel «nb», «nn» eller «en».`,
    nn: (p) => `Ugyldig språkkode ${p.value}: venta til dømes «nb», «nn» eller «en».`,
    en: (p) => `Invalid language tag ${p.value}: expected e.g. “nb”, “nn” or “en”.`,
  },
  'local-text-invalid': {
    severity: 'error',
    nb: () => 'Ugyldig tekst: ventet en tekst eller et objekt med språkkode → tekst, for eksempel {"nb": "…", "en": "…"}.',
    nn: () => 'Ugyldig tekst: venta ein tekst eller eit objekt med språkkode → tekst, til dømes {"nb": "…", "en": "…"}.',
    en: () => 'Invalid text: expected a string or an object of language tag → text, e.g. {"nb": "…", "en": "…"}.',
  },
  'locator-blank': {
    severity: 'error',
    nb: () => 'Tom «locator»: skriv hvor i kilden, for eksempel en side, et avsnitt eller et sitat.',
    nn: () => 'Tom «locator»: skriv kvar i kjelda, til dømes ei side, eit avsnitt eller eit sitat.',
    en: () => 'Blank “locator”: say where in the source, e.g. a page, a section or a quoted line.',
  },
  'version-unsupported': {
    severity: 'error',
    nb: (p) => `Formatversjon ${p.value} støttes ikke. Denne utgaven leser versjon 1.x, for eksempel "1.0".`,
    nn: (p) => `Formatversjon ${p.value} er ikkje støtta. Denne utgåva les versjon 1.x, til dømes "1.0".`,
    en: (p) => `Format version ${p.value} is not supported. This release reads version 1.x, e.g. "1.0".`,
  },
  'out-of-range': {
    severity: 'error',
    nb: (p) => `Verdien ${p.value} er utenfor tillatt område (${p.limit}).`,
    nn: (p) => `Verdien ${p.value} er utanfor tillate område (${p.limit}).`,
    en: (p) => `The value ${p.value} is out of range (${p.limit}).`,
  },
  'too-few-items': {
    severity: 'error',
    nb: (p) => `For få oppføringer: minst ${p.limit} trengs.`,
    nn: (p) => `For få oppføringar: minst ${p.limit} trengst.`,
    en: (p) => `Too few entries: at least ${p.limit} needed.`,
  },
  'too-many-items': {
    severity: 'error',
    nb: (p) => `For mange oppføringer: høyst ${p.limit} er tillatt.`,
    nn: (p) => `For mange oppføringar: høgst ${p.limit} er tillate.`,
    en: (p) => `Too many entries: at most ${p.limit} allowed.`,
  },
  'unknown-property': {
    severity: 'warning',
    nb: (p) => `Ukjent felt «${p.property}». Det beholdes, men brukes ikke. Skrivefeil? Egne data hører hjemme i «extensions».`,
    nn: (p) => `Ukjent felt «${p.property}». Det vert halde på, men ikkje brukt. Skrivefeil? Eigne data høyrer heime i «extensions».`,
    en: (p) => `Unknown field “${p.property}”. It is kept but not used. A typo? Your own data belongs in “extensions”.`,
  },
  'schema-violation': {
    severity: 'error',
    nb: (p) => `Følger ikke skjemaet (regel «${p.keyword}»).`,
    nn: (p) => `Følgjer ikkje skjemaet (regel «${p.keyword}»).`,
    en: (p) => `Does not follow the schema (rule “${p.keyword}”).`,
  },
  'duplicate-id': {
    severity: 'error',
    nb: (p) => `Id-en «${p.id}» er allerede brukt i ${p.first}. Hver id må være unik.`,
    nn: (p) => `Id-en «${p.id}» er alt brukt i ${p.first}. Kvar id må vere unik.`,
    en: (p) => `The id “${p.id}” is already used at ${p.first}. Every id must be unique.`,
  },
  'unresolved-element': {
    severity: 'error',
    nb: (p) => `Fant ikke elementet «${p.id}» i «elements».`,
    nn: (p) => `Fann ikkje elementet «${p.id}» i «elements».`,
    en: (p) => `No element “${p.id}” in “elements”.`,
  },
  'unresolved-source': {
    severity: 'error',
    nb: (p) => `Fant ikke kilden «${p.id}» i «sources».`,
    nn: (p) => `Fann ikkje kjelda «${p.id}» i «sources».`,
    en: (p) => `No source “${p.id}” in “sources”.`,
  },
  'unresolved-indicator': {
    severity: 'error',
    nb: (p) => `Fant ikke indikatoren «${p.id}» i «indicators».`,
    nn: (p) => `Fann ikkje indikatoren «${p.id}» i «indicators».`,
    en: (p) => `No indicator “${p.id}” in “indicators”.`,
  },
  'unknown-layer': {
    severity: 'error',
    nb: (p) => `Laget «${p.id}» finnes ikke. Kjente lag: ${p.known}.`,
    nn: (p) => `Laget «${p.id}» finst ikkje. Kjende lag: ${p.known}.`,
    en: (p) => `There is no layer “${p.id}”. Known layers: ${p.known}.`,
  },
  'unknown-level': {
    severity: 'error',
    nb: (p) => `Nivået «${p.id}» finnes ikke. Kjente nivåer: ${p.known}.`,
    nn: (p) => `Nivået «${p.id}» finst ikkje. Kjende nivå: ${p.known}.`,
    en: (p) => `There is no level “${p.id}”. Known levels: ${p.known}.`,
  },
  'unknown-sector': {
    severity: 'error',
    nb: (p) => `Sektoren «${p.id}» finnes ikke. Kjente sektorer: ${p.known}.`,
    nn: (p) => `Sektoren «${p.id}» finst ikkje. Kjende sektorar: ${p.known}.`,
    en: (p) => `There is no sector “${p.id}”. Known sectors: ${p.known}.`,
  },
  'causes-needs-polarity': {
    severity: 'error',
    nb: () => 'En «causes»-relasjon må ha «polarity»: "+" (forsterker) eller "-" (svekker).',
    nn: () => 'Ein «causes»-relasjon må ha «polarity»: "+" (forsterkar) eller "-" (svekkjer).',
    en: () => 'A “causes” relation needs a “polarity”: "+" (strengthens) or "-" (weakens).',
  },
  'polarity-ignored': {
    severity: 'warning',
    nb: (p) => `«polarity» gjelder bare «causes»-relasjoner og brukes ikke på en «${p.type}»-relasjon.`,
    nn: (p) => `«polarity» gjeld berre «causes»-relasjonar og vert ikkje brukt på ein «${p.type}»-relasjon.`,
    en: (p) => `“polarity” applies to “causes” relations only and is not used on a “${p.type}” relation.`,
  },
  'period-order': {
    severity: 'error',
    nb: (p) => `Perioden slutter (${p.end}) før den starter (${p.start}).`,
    nn: (p) => `Perioden sluttar (${p.end}) før han startar (${p.start}).`,
    en: (p) => `The period ends (${p.end}) before it starts (${p.start}).`,
  },
  'date-invalid': {
    severity: 'error',
    nb: (p) => `Datoen ${p.value} finnes ikke i kalenderen.`,
    nn: (p) => `Datoen ${p.value} finst ikkje i kalenderen.`,
    en: (p) => `The date ${p.value} does not exist in the calendar.`,
  },
  'self-relation': {
    severity: 'warning',
    nb: (p) => `Relasjonen går fra «${p.id}» til seg selv.`,
    nn: (p) => `Relasjonen går frå «${p.id}» til seg sjølv.`,
    en: (p) => `The relation goes from “${p.id}” to itself.`,
  },
  'duplicate-relation': {
    severity: 'warning',
    nb: (p) => `Samme relasjon finnes allerede i ${p.first}.`,
    nn: (p) => `Same relasjon finst alt i ${p.first}.`,
    en: (p) => `The same relation already exists at ${p.first}.`,
  },
  'horizon-shift-not-h2': {
    severity: 'warning',
    nb: (p) => `«horizonShift» gjelder bare elementer på horisont H2, ikke ${p.horizon}.`,
    nn: (p) => `«horizonShift» gjeld berre element på horisont H2, ikkje ${p.horizon}.`,
    en: (p) => `“horizonShift” applies only to elements on horizon H2, not ${p.horizon}.`,
  },
  'story-step-field-ignored': {
    severity: 'warning',
    nb: (p) => `«${p.field}» gjelder ikke visningen «${p.view}» og blir ikke brukt i dette steget.`,
    nn: (p) => `«${p.field}» gjeld ikkje visinga «${p.view}» og vert ikkje brukt i dette steget.`,
    en: (p) => `“${p.field}” does not apply to the view “${p.view}” and is not used in this step.`,
  },
  'story-tour-needs-loop': {
    severity: 'warning',
    nb: () => 'En sløyfetur («tour») trenger en sløyfe («loop») i sløyfevisningen; steget viser sløyfen uten tur.',
    nn: () => 'Ein sløyfetur («tour») treng ei sløyfe («loop») i sløyfevisinga; steget viser sløyfa utan tur.',
    en: () => 'A loop tour (“tour”) needs a loop (“loop”) in the loop view; the step shows no tour.',
  },
  'duplicate-version-date': {
    severity: 'error',
    nb: (p) => `Det finnes allerede en versjon datert ${p.date} (ved ${p.first}). Denne blir ikke brukt.`,
    nn: (p) => `Det finst alt ein versjon datert ${p.date} (ved ${p.first}). Denne vert ikkje brukt.`,
    en: (p) => `There is already a version dated ${p.date} (at ${p.first}). This one is not used.`,
  },
  'version-content': {
    severity: 'error',
    nb: (p) => `Versjonen ${p.date} må ha enten «patch» eller «document», ikke begge og ikke ingen av dem. Den blir ikke brukt.`,
    nn: (p) => `Versjonen ${p.date} må ha anten «patch» eller «document», ikkje begge og ikkje ingen av dei. Han vert ikkje brukt.`,
    en: (p) => `The version ${p.date} needs either “patch” or “document”, not both and not neither. It is not used.`,
  },
  'version-patch-failed': {
    severity: 'error',
    nb: (p) => `Versjonen ${p.date} kan ikke lages: ${PATCH_REASONS.nb(p)} Versjonen blir ikke brukt.`,
    nn: (p) => `Versjonen ${p.date} kan ikkje lagast: ${PATCH_REASONS.nn(p)} Versjonen vert ikkje brukt.`,
    en: (p) => `The version ${p.date} cannot be made: ${PATCH_REASONS.en(p)} The version is not used.`,
  },
  'version-invalid': {
    severity: 'error',
    nb: (p) => `Versjonen ${p.date} er ikke et gyldig dokument: ${p.count} feil, den første ved ${p.pointer} (${p.code}).`,
    nn: (p) => `Versjonen ${p.date} er ikkje eit gyldig dokument: ${p.count} feil, den første ved ${p.pointer} (${p.code}).`,
    en: (p) =>
      `The version ${p.date} is not a valid document: ${p.count} ${p.count === 1 ? 'error' : 'errors'}, the first at ${p.pointer} (${p.code}).`,
  },
  'version-not-found': {
    severity: 'error',
    nb: (p) => `Dokumentet har ingen versjon datert ${p.date}.${p.dates ? ` Versjonene er: ${p.dates}.` : ''}`,
    nn: (p) => `Dokumentet har ingen versjon datert ${p.date}.${p.dates ? ` Versjonane er: ${p.dates}.` : ''}`,
    en: (p) => `The document has no version dated ${p.date}.${p.dates ? ` Its versions are: ${p.dates}.` : ''}`,
  },
  'named-loop-broken': {
    severity: 'warning',
    nb: (p) =>
      `Den navngitte sløyfen «${p.label}» er ikke en sløyfe: ingen «causes»-relasjon går fra «${p.from}» til «${p.to}». Navnet vises ikke.`,
    nn: (p) =>
      `Den namngjevne sløyfa «${p.label}» er ikkje ei sløyfe: ingen «causes»-relasjon går frå «${p.from}» til «${p.to}». Namnet vert ikkje vist.`,
    en: (p) => `The named loop “${p.label}” is not a loop: no “causes” relation goes from “${p.from}” to “${p.to}”. The name is not shown.`,
  },
  'addresses-wrong-kind': {
    severity: 'error',
    nb: (p) =>
      `«addresses» går fra en satsing eller aktør til en faktor eller et mål, men «${p.id}» er av typen «${kindLabel(p.kind, 'nb')}». Relasjonen vises ikke.`,
    nn: (p) =>
      `«addresses» går frå ei satsing eller ein aktør til ein faktor eller eit mål, men «${p.id}» er av typen «${kindLabel(p.kind, 'nn')}». Relasjonen vert ikkje vist.`,
    en: (p) =>
      `“addresses” goes from an initiative or actor to a factor or goal, but “${p.id}” is of kind “${kindLabel(p.kind, 'en')}”. The relation is not shown.`,
  },
  'direction-ignored': {
    severity: 'warning',
    nb: (p) => `«direction» gjelder bare «addresses»-relasjoner og brukes ikke på en «${p.type}»-relasjon.`,
    nn: (p) => `«direction» gjeld berre «addresses»-relasjonar og vert ikkje brukt på ein «${p.type}»-relasjon.`,
    en: (p) => `“direction” applies to “addresses” relations only and is not used on a “${p.type}” relation.`,
  },
  'too-deep': {
    severity: 'error',
    nb: (p) => `Verdien er nøstet dypere enn ${p.limit} nivåer og er kuttet her.`,
    nn: (p) => `Verdien er nøsta djupare enn ${p.limit} nivå og er kutta her.`,
    en: (p) => `The value is nested deeper than ${p.limit} levels and was cut here.`,
  },
  'too-many-elements': {
    severity: 'warning',
    nb: (p) => `Dokumentet har ${p.count} elementer; bare de første ${p.limit} brukes, resten er utelatt.`,
    nn: (p) => `Dokumentet har ${p.count} element; berre dei første ${p.limit} vert brukte, resten er utelatne.`,
    en: (p) => `The document has ${p.count} elements; only the first ${p.limit} are used, the rest are left out.`,
  },
  'too-many-relations': {
    severity: 'warning',
    nb: (p) => `Dokumentet har ${p.count} relasjoner; bare de første ${p.limit} brukes, resten er utelatt.`,
    nn: (p) => `Dokumentet har ${p.count} relasjonar; berre dei første ${p.limit} vert brukte, resten er utelatne.`,
    en: (p) => `The document has ${p.count} relations; only the first ${p.limit} are used, the rest are left out.`,
  },
  'label-too-long': {
    severity: 'warning',
    nb: (p) => `Navnet har ${p.length} tegn; tegningene viser de første ${p.limit}, hele teksten står i detaljpanelet.`,
    nn: (p) => `Namnet har ${p.length} teikn; teikningane viser dei første ${p.limit}, heile teksten står i detaljpanelet.`,
    en: (p) => `The label has ${p.length} characters; drawings show the first ${p.limit}, the full text is in the detail panel.`,
  },
  'position-clamped': {
    severity: 'warning',
    nb: (p) => `Posisjonen (${p.x}, ${p.y}) ligger utenfor ±${p.limit} og er flyttet til kanten (${p.clampedX}, ${p.clampedY}).`,
    nn: (p) => `Posisjonen (${p.x}, ${p.y}) ligg utanfor ±${p.limit} og er flytta til kanten (${p.clampedX}, ${p.clampedY}).`,
    en: (p) => `The position (${p.x}, ${p.y}) lies outside ±${p.limit} and was moved to the edge (${p.clampedX}, ${p.clampedY}).`,
  },
  ...LOADING_PROBLEM_TEXTS,
  'diagram-capped': {
    severity: 'warning',
    nb: (p) =>
      `Årsaksdiagrammet har ${p.factors} faktorer og ${p.links} lenker; det viser de ${p.shownLinks} sterkeste lenkene mellom ${p.shownFactors} faktorer (grense ${p.factorLimit} faktorer, ${p.linkLimit} lenker).`,
    nn: (p) =>
      `Årsaksdiagrammet har ${p.factors} faktorar og ${p.links} lenkjer; det viser dei ${p.shownLinks} sterkaste lenkjene mellom ${p.shownFactors} faktorar (grense ${p.factorLimit} faktorar, ${p.linkLimit} lenkjer).`,
    en: (p) =>
      `The causal diagram has ${p.factors} factors and ${p.links} links; it shows the ${p.shownLinks} strongest links between ${p.shownFactors} factors (limit ${p.factorLimit} factors, ${p.linkLimit} links).`,
  },
  'edit-target-missing': {
    severity: 'error',
    nb: (p) => `Fant ikke ${p.id} i dokumentet, så endringen ble ikke gjort.`,
    nn: (p) => `Fann ikkje ${p.id} i dokumentet, så endringa vart ikkje gjord.`,
    en: (p) => `Could not find ${p.id} in the document, so the change was not made.`,
  },
  'edit-relation-exists': {
    severity: 'error',
    nb: (p) => `Det finnes allerede en relasjon av typen ${p.type} fra «${p.from}» til «${p.to}».`,
    nn: (p) => `Det finst alt ein relasjon av typen ${p.type} frå «${p.from}» til «${p.to}».`,
    en: (p) => `There is already a ${p.type} relation from “${p.from}” to “${p.to}”.`,
  },
  'edit-field-not-editable': {
    severity: 'error',
    nb: (p) => `Feltet «${p.property}» kan ikke endres her.`,
    nn: (p) => `Feltet «${p.property}» kan ikkje endrast her.`,
    en: (p) => `The field “${p.property}” cannot be changed here.`,
  },
};

/** Builds a problem with its messages in every UI language. */
export function makeProblem(
  code: ProblemCode,
  pointer: string,
  params: ProblemParams = {},
  severity: Severity = PROBLEM_TEXTS[code].severity,
) {
  return problemOf(code, PROBLEM_TEXTS[code], pointer, params, severity);
}
