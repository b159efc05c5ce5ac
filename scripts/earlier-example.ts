// `node --import tsx scripts/earlier-example.ts`: writes examples/data/telemark-agder-2024-01.json, the Telemark and
// Agder map as the field stood at the partnership meeting in Skien on 18 January 2024 (seed 001), before the operative
// group's report (March 2024, seed 003), the dialogue conference (2026, seed 000) and the Sammen Mot dialogue (004);
// and puts the same map into today's as its dated version `2024-01` (`versions`, schema 1.3), as a JSON Patch.
//
// It adds nothing: it keeps from today's map only what the two sources of that date state (Halogen's report of 2023,
// seed 002, and the meeting itself, seed 001), each element and relation with the lines of those sources it cites.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { versionPatch } from './version-patch.js';

type Json = Record<string, any>;

export const CUTOFF = '2024-01-18';
/** Sources that existed on the cutoff date, by their ids in the example. */
export const EARLY_SOURCES = ['halogen-2023', 'partnerskapsmote-2024'];
/** Indicators the meeting's slides state (001 l. 248–252: «Om lag 100 000 unge …», «… 73 mrd. kroner per år»). */
export const EARLY_INDICATORS = ['neet-antall', 'kostnad-utenforskap'];

const cited = (entry: unknown) => (typeof entry === 'string' ? entry : (entry as { source: string }).source);
const early = (entry: unknown) => EARLY_SOURCES.includes(cited(entry));

/** The start of an element's time: its date, or its period's start. */
const startOf = (e: Json): string | undefined => e.date ?? e.period?.start;

/** The date that names the earlier version in today's map (`compare-version="2024-01"`). */
export const VERSION_DATE = '2024-01';

export function earlierVersion(current: Json): Json {
  // The map as it stands, without the versions it carries: an earlier map has no history of its own.
  const today: Json = { ...current };
  delete today.versions;
  const elements = (today.elements as Json[])
    .filter((e) => (e.sources ?? []).some(early))
    .map((e): Json => {
      const { description, notes, indicators: listed, ...kept } = e;
      const sources = e.sources.filter(early);
      // A description may draw on a later source: keep it only where every source it rests on is early.
      const allEarly = sources.length === e.sources.length;
      const earlyNotes = (notes ?? []).filter((n: Json) => n.date <= CUTOFF);
      const indicators = (listed ?? []).filter((id: string) => EARLY_INDICATORS.includes(id));
      // What started after the meeting was, on that day, a plan (goals are dated by when they are to be reached).
      const planned = e.kind !== 'goal' && (startOf(e) ?? '') > CUTOFF;
      return {
        ...kept,
        ...(allEarly && description !== undefined ? { description } : {}),
        sources,
        ...(indicators.length ? { indicators } : {}),
        ...(earlyNotes.length ? { notes: earlyNotes } : {}),
        ...(planned ? { planned: true } : {}),
      };
    });
  const ids = new Set(elements.map((e) => e.id));
  const relations = (today.relations as Json[])
    .filter((r) => ids.has(r.from) && ids.has(r.to) && (r.sources ?? []).some(early))
    .map((r): Json => ({ ...r, sources: r.sources.filter(early) }));
  const indicators = (today.indicators as Json[])
    .filter((i) => EARLY_INDICATORS.includes(i.id))
    .map((i): Json => ({ ...i, series: i.series.filter((p: Json) => p.date <= CUTOFF) }));
  const used = new Set([
    ...elements.flatMap((e) => e.sources.map(cited)),
    ...relations.flatMap((r) => r.sources.map(cited)),
    ...indicators.map((i) => i.source),
  ]);
  // A named loop stays when each of its links is still stated (an author's name on a broken cycle is a warning).
  const causes = new Set(relations.filter((r) => r.type === 'causes').map((r) => `${r.from}>${r.to}`));
  const closes = (members: string[]) => members.every((id, i) => causes.has(`${id}>${members[(i + 1) % members.length]}`));
  const named = (today.views.loops?.named ?? []).filter((loop: Json) => closes(loop.members));
  // Today's stories walk through what later sources say (the 2026 conference above all): an earlier map has none.
  const views: Json = { ...today.views };
  delete views.stories;
  return {
    ...today,
    // 1.2 added stories and 1.3 versions, the only features of those the map uses.
    floke: ['1.2', '1.3'].includes(today.floke) ? '1.1' : today.floke,
    id: `${today.id}-2024-01`,
    title: {
      nb: 'Inkludering av barn og unge i Telemark og Agder, januar 2024',
      en: 'Including children and young people in Telemark and Agder, January 2024',
    },
    description: {
      nb: 'Kartet slik kildene beskriver feltet ved partnerskapsmøtet i Skien 18. januar 2024: bare det Halogens kunnskapsgrunnlag (2023) og møtet selv sier, hentet fra dagens kart med de samme linjehenvisningene. Operativ gruppes sluttrapport (mars 2024), dialogkonferansen (2026) og Sammen Mot-dialogen fantes ikke ennå; det som bare står der, er utelatt, og beskrivelser som bygger på dem er tatt bort. Det som startet senere, er merket som planlagt.',
      en: 'The map as the sources describe the field at the partnership meeting in Skien on 18 January 2024: only what Halogen’s report (2023) and the meeting itself state, taken from today’s map with the same line references. The operative group’s report (March 2024), the dialogue conference (2026) and the Sammen Mot dialogue did not exist yet; what only they state is left out, and descriptions resting on them are removed. What started later is marked as planned.',
    },
    updated: CUTOFF,
    elements,
    relations,
    sources: (today.sources as Json[]).filter((s) => used.has(s.id)),
    indicators,
    views: {
      ...views,
      horizons: { ...today.views.horizons, now: '2024-01' },
      loops: { ...today.views.loops, named },
    },
  };
}

/** Today's map carrying the earlier one as its version `2024-01`: a patch from today's (without `versions`) to it. */
export function withEarlierVersion(current: Json): Json {
  const today: Json = { ...current };
  delete today.versions;
  const earlier = earlierVersion(today);
  return {
    ...today,
    floke: '1.3',
    versions: [
      {
        date: VERSION_DATE,
        label: { nb: 'Partnerskapsmøtet i Skien, 18. januar 2024', en: 'The partnership meeting in Skien, 18 January 2024' },
        patch: versionPatch(today, earlier),
      },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../', import.meta.url);
  // Written as the repository's Prettier writes JSON, so a run that changes nothing leaves both files as they are.
  // A patch's operations stay one line each where they fit: a removal reads as one line, not five.
  const write = async (name: string, value: Json) => {
    const file = new URL(`examples/data/${name}`, root);
    const options = { ...(await resolveConfig(fileURLToPath(file))), filepath: fileURLToPath(file) };
    const inline: string[] = [];
    const text = JSON.stringify(
      value,
      (key, item) => (key === 'patch' ? item.map((op: Json) => `\u0000${inline.push(JSON.stringify(op)) - 1}`) : item),
      2,
    );
    writeFileSync(
      file,
      await format(
        text.replace(/"\\u0000(\d+)"/g, (_, i) => inline[Number(i)]!),
        options,
      ),
    );
  };
  const today = JSON.parse(readFileSync(new URL('examples/data/telemark-agder.json', root), 'utf8'));
  await write('telemark-agder-2024-01.json', earlierVersion(today));
  await write('telemark-agder.json', withEarlierVersion(today));
}
