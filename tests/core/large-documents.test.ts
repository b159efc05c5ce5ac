/**
 * Issue #18, large documents: what the views draw of a document too large to draw whole (`drawingModel`), and the
 * causal-loop diagram of 10,000 factors and 25,000 links, which used not to finish. Each test pins the outcome.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CAUSAL_DIAGRAM_LIMITS,
  DRAWING_LIMITS,
  capCausalGraph,
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  drawingModel,
  findLoops,
  normalize,
  relationsByStrength,
  type CausalGraph,
} from '../../packages/core/src/index.js';
import { generateCausalDocument, generateLargeDocument } from '../fixtures/generate-document.js';
import { firstNonFinite } from './fuzz/run-pipeline.js';

/** A hang guard, not a speed target (those live in bench/): before the caps this input did not finish. */
const hangGuard = { timeout: 60_000 };

const element = (id: string) => ({ id, kind: 'factor', label: id });
const causes = (from: string, to: string, strength?: number) => ({
  from,
  to,
  type: 'causes',
  polarity: '+',
  ...(strength === undefined ? {} : { strength }),
});
const doc = (elements: unknown[], relations: unknown[]) => ({ floke: '1.0', title: 't', elements, relations });

describe('drawingModel', () => {
  it('returns the model itself when it is within the drawing limits', () => {
    const model = normalize(doc([element('a'), element('b')], [causes('a', 'b')]));
    assert.equal(drawingModel(model), model);
    assert.equal(model.scope, undefined);
  });

  it('draws a document of up to 12,000 elements and relations whole, however many elements it has', () => {
    const model = normalize(
      doc(
        Array.from({ length: 1000 }, (_, i) => element(`e${i}`)),
        [],
      ),
    );
    assert.equal(drawingModel(model), model);
    assert.equal(drawingModel(model, { items: 999, elements: 200, relations: 2000 }).elements.length, 200);
  });

  it('ranks relations by strength (0.5 when unstated), then by sources, then in document order', () => {
    const model = normalize(
      doc(
        [element('a'), element('b'), element('c')],
        [causes('a', 'b', 0.2), causes('b', 'c'), causes('c', 'a', 0.9), causes('a', 'c', 0.5)],
      ),
    );
    assert.deepEqual(relationsByStrength(model.relations), [2, 1, 3, 0]);
  });

  it('keeps the strongest relations whose ends fit, then the best-connected elements, in document order', () => {
    const model = normalize(
      doc(['a', 'b', 'c', 'd', 'e'].map(element), [
        causes('a', 'b', 0.1),
        causes('c', 'd', 0.9),
        causes('d', 'e', 0.8),
        causes('e', 'c', 0.3),
      ]),
    );
    const drawn = drawingModel(model, { items: 8, elements: 3, relations: 2 });
    assert.deepEqual(
      drawn.relations.map((r) => `${r.from}→${r.to}`),
      ['c→d', 'd→e'],
    );
    assert.deepEqual(
      drawn.elements.map((e) => e.id),
      ['c', 'd', 'e'],
    );
    assert.deepEqual(drawn.scope, { elements: { shown: 3, total: 5 }, relations: { shown: 2, total: 4 } });
    // Problems and excluded items stay the whole document's.
    assert.equal(drawn.problems, model.problems);
    assert.equal(drawn.excluded, model.excluded);
  });

  it('counts the document as given (100,000 elements, 250,000 relations), beyond the document limits too', hangGuard, () => {
    const drawn = drawingModel(normalize(generateLargeDocument(100_000, 250_000)));
    assert.deepEqual(drawn.scope, { elements: { shown: 200, total: 100_000 }, relations: { shown: 177, total: 250_000 } });
    assert.ok(drawn.elements.length <= DRAWING_LIMITS.elements && drawn.relations.length <= DRAWING_LIMITS.relations);
    const ids = new Set(drawn.elements.map((e) => e.id));
    assert.ok(
      drawn.relations.every((r) => ids.has(r.from) && ids.has(r.to)),
      'every drawn relation has both ends drawn',
    );
  });
});

describe('causal-loop diagram of 10,000 factors and 25,000 links', () => {
  it('caps the diagram with diagram-capped, finds loops in bounded time and returns finite geometry', hangGuard, () => {
    const model = normalize(generateCausalDocument(10_000, 25_000));
    const diagram = computeCausalLoopDiagram(causalLoopDiagramInput(model));
    assert.deepEqual(diagram.scope, { factors: { shown: 300, total: 5000 }, links: { shown: 166, total: 4970 } });
    assert.deepEqual(
      diagram.problems.map((p) => `${p.code} ${p.pointer}`),
      ['diagram-capped /relations'],
    );
    assert.equal(
      diagram.problems[0]!.message.en,
      'The causal diagram has 5000 factors and 4970 links; it shows the 166 strongest links between 300 factors (limit 300 factors, 1000 links).',
    );
    assert.equal(diagram.layout.nodes.length, CAUSAL_DIAGRAM_LIMITS.factors);
    assert.equal(firstNonFinite(diagram), undefined);
  });

  it('says nothing when the graph is within the limits', () => {
    const diagram = computeCausalLoopDiagram(causalLoopDiagramInput(normalize(generateCausalDocument(20, 40))));
    assert.equal(diagram.scope, undefined);
    assert.deepEqual(diagram.problems, []);
  });

  it('keeps the strongest links first, stated evidence before none at equal strength', () => {
    const link = (id: string, from: string, to: string, extra: object = {}) => ({
      id,
      from,
      to,
      polarity: '+' as const,
      delay: false,
      ...extra,
    });
    const graph: CausalGraph = {
      nodes: ['a', 'b', 'c', 'd'],
      links: [
        link('weak', 'a', 'b', { strength: 0.1 }),
        link('plain', 'b', 'c'),
        link('stated', 'c', 'd', { evidence: 'stated' }),
        link('strong', 'd', 'a', { strength: 1 }),
      ],
    };
    const { graph: capped, scope } = capCausalGraph(graph, { factors: 4, links: 2 });
    assert.deepEqual(
      capped.links.map((l) => l.id),
      ['stated', 'strong'],
    );
    assert.deepEqual(scope, { factors: { shown: 4, total: 4 }, links: { shown: 2, total: 4 } });
  });
});

describe('loop search budget', () => {
  it('stops a search after maxSteps and says it is incomplete', () => {
    // A complete graph of 12 nodes holds millions of loops; 10,000 steps find only some.
    const ids = Array.from({ length: 12 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const links = ids.flatMap((from) =>
      ids.filter((to) => to !== from).map((to) => ({ id: `${from}${to}`, from, to, polarity: '+' as const, delay: false })),
    );
    const result = findLoops({ nodes: ids, links }, { maxSteps: 10_000 });
    assert.deepEqual([result.complete, result.loops.length], [false, 837]);
    // The same search without the budget goes on to the loop limit.
    assert.equal(findLoops({ nodes: ids, links }, { maxSteps: Infinity }).loops.length, 10_000);
  });
});
