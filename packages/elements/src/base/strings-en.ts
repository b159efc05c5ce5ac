import { joinList, kindsIn, midSentence, plural } from './string-helpers.js';
import type { CommonUiStrings } from './strings.js';

/** The UI texts in English. */
export const UI_STRINGS_EN: CommonUiStrings = {
  loading: 'Loading the document …',
  problemsHeading: (e, w) => `The document has ${plural(e, 'error', 'errors')} and ${plural(w, 'warning', 'warnings')}`,
  problemsIntro: 'Everything valid is still shown. Fix these in the JSON document:',
  problemPlace: (pointer) => (pointer === '' ? 'the whole document' : `at ${pointer}`),
  severity: { error: 'Error', warning: 'Warning' },
  noDocument: 'No document is loaded.',
  elements: 'Elements',
  relations: 'Relations',
  sources: 'Sources',
  indicators: 'Indicators',
  updated: 'Updated',
  kinds: kindsIn('en'),
  relationTypes: {
    causes: 'affects',
    collaborates: 'works with',
    leads: 'leads',
    participates: 'takes part in',
    funds: 'funds',
    informs: 'informs',
    explains: 'explains',
    addresses: 'works on',
  },
  perView: 'In the views',
  icebergCount: (placed, layers) => `Iceberg: ${plural(placed, 'element', 'elements')} in ${plural(layers, 'layer', 'layers')}`,
  horizonsCount: (h1, h2, h3) => `Three horizons: ${h1} on H1, ${h2} on H2, ${h3} on H3`,
  networkCount: (a, i, t) =>
    `Actor network: ${plural(a, 'actor', 'actors')}, ${plural(i, 'initiative', 'initiatives')}, ${plural(t, 'tie', 'ties')}`,
  loopsCount: (f, l, n) =>
    `Causal loops: ${plural(f, 'factor', 'factors')}, ${plural(l, 'causal link', 'causal links')}, ${plural(n, 'named loop', 'named loops')}`,
  latestValue: 'Latest value',
  target: 'target',
  cld: {
    diagramLabel: (f, l, n) =>
      `Causal loop diagram: ${plural(f, 'factor', 'factors')}, ${plural(l, 'causal link', 'causal links')}, ${plural(n, 'loop', 'loops')}`,
    roleDescription: 'causal loop diagram',
    keyboardHelp:
      'Arrow keys move to the factors linked to the active one. Enter selects and makes it active. L cycles the loops it belongs to. + and − zoom, 0 shows all. / searches. Esc clears the highlight and search, then the selection.',
    laying: 'Drawing the diagram …',
    legend: 'Legend',
    legendPositive: 'Increases: more gives more (solid line, +)',
    legendNegative: 'Decreases: more gives less (dashed line, −)',
    legendDelay: 'With delay (‖)',
    legendReinforcing: 'Reinforcing loop (R)',
    legendBalancing: 'Balancing loop (B)',
    legendInferred: 'Inferred: the author’s conclusion, not stated in a source (double line, ?)',
    loopsHeading: (n) => `Loops (${n})`,
    loopsThrough: (f, n) => `Loops through ${f} (${n})`,
    showAllLoops: 'Show all loops',
    noLoops: 'No loops.',
    incomplete: (limit) => `Showing the first ${limit} loops; there are more.`,
    reinforcing: 'reinforcing',
    balancing: 'balancing',
    withDelay: 'with delay',
    linkSentence: (from, to, polarity, delay) =>
      `More ${midSentence(from)} ${polarity === '+' ? 'increases' : 'decreases'} ${midSentence(to)}${delay ? ', with delay' : ''}`,
    loopSentence: (title, path, polarity, delay) =>
      `${title}: ${path} (${polarity === 'R' ? 'reinforcing' : 'balancing'}${delay ? ', with delay' : ''})`,
    factorLabel: (label, out, into, loops) => `${label}: affects ${out}, affected by ${into}, in ${plural(loops, 'loop', 'loops')}`,
    inferredLink: ' (inferred, not stated in a source)',
    loopEvidence: ({ stated, inferred, unsourced }) => {
      const without = `${plural(unsourced, 'link', 'links')} without a source`;
      if (inferred > 0) return `rests on ${plural(inferred, 'inferred link', 'inferred links')}${unsourced > 0 ? ` and ${without}` : ''}`;
      if (unsourced > 0) return stated === 0 ? 'no link has a source' : without;
      return 'every link is stated in a source';
    },
    hypothesised: 'Hypothesis',
    whereToAct: 'Where to act',
    whereToActIntro:
      'The factors that drive the system most, directly and through others (MICMAC), drivers first. Goals and measured outcomes are listed apart.',
    leverSentence: (factor, inLoops, feeds, via, downstream) => {
      const through = via.length > 0 ? ` through ${joinList(via.map(midSentence), 'and')}` : '';
      const member = `${factor} is in ${plural(inLoops, 'loop', 'loops')}`;
      if (feeds > 0)
        return inLoops > 0
          ? `${member} and drives ${feeds} more${through}`
          : `${factor} drives ${plural(feeds, 'loop', 'loops')}${through}`;
      if (inLoops > 0) return member;
      return downstream > 0
        ? `${factor} affects ${plural(downstream, 'factor', 'factors')} but no loop`
        : `${factor} affects no other factor`;
    },
    roles: { driver: 'driver', relay: 'relay', outcome: 'outcome', autonomous: 'autonomous' },
    scores: (i, d) => `influence ${i} · dependence ${d}`,
    moreLevers: (n) => `Show all ${n}`,
    outcomesHeading: 'Outcomes to watch',
    outcomeReasons: {
      goal: 'goal',
      measured: 'measured by an indicator',
      estimate: 'an estimate only (indicator, no source)',
      dependent: 'driven by the rest of the system',
    },
    unsettled: (k) => `The ranking had not settled after chains of ${k} links; read it with care.`,
    noLevers: 'No factors to act on.',
    textAlternative: 'The diagram as text',
    factorsHeading: 'Factors and links',
    affects: 'Affects',
    affectedBy: 'Affected by',
    loopsHeadingPlain: 'Loops',
    unresolved: (n) => `${plural(n, 'link runs', 'links run')} behind another factor.`,
  },
  iceberg: {
    diagramLabel: (l, e, k) =>
      `Iceberg: ${plural(l, 'layer', 'layers')}, ${plural(e, 'element', 'elements')}, ${plural(k, 'explanation', 'explanations')} across layers`,
    roleDescription: 'iceberg',
    keyboardHelp:
      'Up and down move between layers, left and right within a layer. Home and End go to the ends of a layer. Enter selects and shows the chain of explanations. / searches. Esc clears the search, then the selection.',
    waterline: 'Waterline',
    depth: 'Depth',
    shallow: 'Visible: weak leverage',
    deep: 'Deep: strong leverage',
    legend: 'Legend',
    badgeLegend: 'Number of explanations. Point at, focus or select an element to see its chain',
    explainsLegend: 'Explains (arrow toward what is explained)',
    emptyLayer: 'No elements in this layer yet.',
    chipLabel: (kind, label, layer, links) => `${kind}: ${label}. Layer: ${layer}. ${plural(links, 'explanation', 'explanations')}.`,
    explains: 'Explains',
    explainedBy: 'Explained by',
    textAlternative: 'The iceberg as text',
    aboveWater: 'above the waterline',
    belowWater: 'below the waterline',
  },
  horizons: {
    diagramLabel: (n, a, b) => `Three horizons ${a}–${b}: ${plural(n, 'element', 'elements')}`,
    roleDescription: 'three horizons',
    keyboardHelp:
      'Left and right move along a horizon by date, up and down between horizons. Home and End go to the ends of a horizon. Enter shows details. / searches. Esc clears the search, then the selection.',
    names: { H1: 'H1 Today’s system', H2: 'H2 Innovation and transition', H3: 'H3 Desired future' },
    towardH3: 'H2+: moving toward H3',
    absorbedByH1: 'H2−: absorbed by H1',
    now: 'Now',
    prevalence: 'Prevalence',
    filters: 'Filters',
    kindsFilter: 'Kinds',
    horizonsFilter: 'Horizons',
    outOfRange: (n, a, b) =>
      `${plural(n, 'element lies', 'elements lie')} outside ${a}–${b} and ${n === 1 ? 'is' : 'are'} shown at the edge.`,
    before: 'before the axis',
    after: 'after the axis',
    undated: 'Undated',
    planned: 'planned',
    details: 'Details',
    period: (a, b) => (a && b ? `${a}–${b}` : a ? `from ${a}` : `until ${b}`),
    textAlternative: 'The horizons as text',
    pointLabel: (kind, label, horizon, when, extra) => `${kind}: ${label}. ${horizon}, ${when}${extra ? `. ${extra}` : ''}.`,
    notes: 'Notes',
    legend: 'Key',
    legendPlanned: 'Planned',
    legendHover: 'Point at or select a marker to see its name',
  },
};
