/**
 * The confidence of each bead of an alignment path, from the bead's own evidence and its
 * margin against the best alternative for the same items — never from the path total.
 */
import { logistic, type AlignItem, type BeadCoster } from './bead-cost.js';
import { dpPath, fullBand, MOVES, type Step } from './dp-align.js';

/** Steps of the path on each side of a bead that the local re-alignment may change. */
const CONTEXT_STEPS = 2;
/** Nats of margin at which a bead is a coin flip (confidence 0.5 before the misfit factor). */
const MARGIN_SHIFT = 1.5;
/** Nats of own misfit at which the misfit factor is 0.5 (a length about 3.7 standard deviations off, no anchor support). */
const MISFIT_LIMIT = 8;
/** −log prior odds of a reordering (a swap of neighbours, a moved unit) against the order kept. */
const REORDER_PRIOR = 2;
/** How far (in path steps) a crossing rival partner is looked for. */
const RIVAL_STEPS = 2;
/** Nats of content disagreement (shape, no links) at which the agreement factor is 0.5. */
const DISAGREEMENT_LIMIT = 4;

/** What a bead's confidence is made of (all in nats, the unit of bead costs). */
export interface BeadEvidence {
  /** How much more the best path through the bead's stretch costs without this bead. */
  localMargin: number;
  /** How much more the best rival (crossing allowed: a swap, a moved unit) costs than the steps it replaces. */
  rivalMargin: number;
  /** The smaller of the two: the margin against the best alternative. */
  margin: number;
  /** The bead's own evidence against it (see `BeadCoster.misfit`; 0 for 1–0/0–1). */
  misfit: number;
  /** Evidence that the two sides do not translate each other (see content-agreement.ts; 0 for 1–0/0–1). */
  disagreement: number;
  /** Confidence in [0, 1]: `logistic(margin − 1.5) · logistic(8 − misfit) · logistic(4 − disagreement)`. */
  confidence: number;
}

/**
 * Score every bead of a path from its own evidence, never from the path total:
 * `confidence = logistic(margin − 1.5) · logistic(8 − misfit)`, where
 *
 * - `margin` (nats) is how much the best alternative for the bead's items costs more. The
 *   alternatives are (a) the best path through the same stretch — the bead and
 *   {@link CONTEXT_STEPS} path steps either side, same start and end — that does not use the
 *   bead: a neighbour left unaligned instead, a merge split, a deletion paired; (b) a rival
 *   1–1 bead pairing one of the bead's items with an item of a step at most
 *   {@link RIVAL_STEPS} steps away, crossing allowed, which replaces the steps in between
 *   (what they leave is unaligned) — or exchanges the partners of two neighbouring 1–1 beads
 *   (a swap), or pairs a 1–0 with a 0–1 over the steps between them (a moved unit). Since a
 *   bead's cost is its move prior + Gale–Church length cost + anchor agreement/disagreement +
 *   structure cost, the margin weighs its length fit, anchors and structure against each rival.
 *   A margin of 1.5 nats (odds about 4.5 : 1) scores 0.5; 4.5 nats, 0.95.
 * - `misfit` is the bead's cost without its prior: however poor the alternatives, a pair whose
 *   own length is about 3.7 standard deviations off with no anchor support (8 nats) is a coin
 *   flip at best.
 *
 * @param source English items
 * @param target Russian items
 * @param steps the best path
 * @param coster the bead cost the path was found with, and the misfit of a bead
 * @returns the evidence of each step, in order
 * @example beadEvidence(en, ru, steps, makeBeadCoster(en, ru)).map((e) => e.confidence)
 */
export function beadEvidence(
  source: readonly AlignItem[],
  target: readonly AlignItem[],
  steps: readonly Step[],
  coster: Pick<BeadCoster, 'cost' | 'misfit' | 'disagreement'>,
): BeadEvidence[] {
  const { cost } = coster;
  const path = indexPath(steps, source.length, target.length);
  return steps.map((step, p) => {
    const localMargin = marginInWindow(steps, p, cost);
    const rivalMargin = marginAgainstRivals(path, p, cost);
    const margin = Math.min(localMargin, rivalMargin);
    const misfit = coster.misfit(step.i, step.j, step.di, step.dj);
    const disagreement = coster.disagreement(step.i, step.j, step.di, step.dj);
    const confidence = logistic(margin - MARGIN_SHIFT) * logistic(MISFIT_LIMIT - misfit) * logistic(DISAGREEMENT_LIMIT - disagreement);
    return { localMargin, rivalMargin, margin, misfit, disagreement, confidence };
  });
}

/** Best path through the stretch around step `p` without that step, minus the path's own cost there. */
function marginInWindow(steps: readonly Step[], p: number, cost: (i: number, j: number, di: number, dj: number) => number): number {
  const first = steps[Math.max(0, p - CONTEXT_STEPS)] as Step;
  const last = steps[Math.min(steps.length - 1, p + CONTEXT_STEPS)] as Step;
  const step = steps[p] as Step;
  let own = 0;
  for (let q = Math.max(0, p - CONTEXT_STEPS); q <= Math.min(steps.length - 1, p + CONTEXT_STEPS); q++) own += (steps[q] as Step).cost;
  const i0 = first.i;
  const j0 = first.j;
  const n = last.i + last.di - i0;
  const m = last.j + last.dj - j0;
  const without = (i: number, j: number, di: number, dj: number): number =>
    i + i0 === step.i && j + j0 === step.j && di === step.di && dj === step.dj ? Infinity : cost(i + i0, j + j0, di, dj);
  const path = dpPath(n, m, without, MOVES, fullBand(n, m));
  if (!path) return Infinity;
  return path.reduce((sum, s) => sum + s.cost, 0) - own;
}

/** The path's steps, and for every item the step that holds it. */
interface PathIndex {
  steps: readonly Step[];
  sourceStep: Int32Array;
  targetStep: Int32Array;
}

function indexPath(steps: readonly Step[], n: number, m: number): PathIndex {
  const sourceStep = new Int32Array(n);
  const targetStep = new Int32Array(m);
  steps.forEach((s, p) => {
    for (let k = s.i; k < s.i + s.di; k++) sourceStep[k] = p;
    for (let k = s.j; k < s.j + s.dj; k++) targetStep[k] = p;
  });
  return { steps, sourceStep: sourceStep, targetStep: targetStep };
}

/**
 * The best rival 1–1 bead `(x, y)` taking an item `x` of step `p` and an item `y` of a step
 * `q` at most {@link RIVAL_STEPS} steps away, crossing allowed. The rival replaces both steps
 * and any step between them (what they leave is left unaligned, as the monotone path would
 * have it); for two neighbouring 1–1 steps the rival may instead exchange their partners (a
 * swap), and two 1–0/0–1 steps may pair with each other over the steps between (a moved unit). Returns the rival's cost minus the cost of the steps it replaces.
 */
function marginAgainstRivals(path: PathIndex, p: number, cost: (i: number, j: number, di: number, dj: number) => number): number {
  const steps = path.steps;
  const step = steps[p] as Step;
  const unaligned = (s: Step, x: number, y: number): number => {
    let total = 0;
    for (let k = s.i; k < s.i + s.di; k++) if (k !== x) total += cost(k, s.j, 1, 0);
    for (let k = s.j; k < s.j + s.dj; k++) if (k !== y) total += cost(s.i, k, 0, 1);
    return total;
  };
  let best = Infinity;
  for (let q = Math.max(0, p - RIVAL_STEPS); q <= Math.min(steps.length - 1, p + RIVAL_STEPS); q++) {
    if (q === p) continue;
    const other = steps[q] as Step;
    const [from, to] = q < p ? [q, p] : [p, q];
    let replaced = 0;
    for (let k = from; k <= to; k++) replaced += (steps[k] as Step).cost;
    const rivals: Array<[number, number]> = [];
    for (let x = step.i; x < step.i + step.di; x++) for (let y = other.j; y < other.j + other.dj; y++) rivals.push([x, y]);
    for (let y = step.j; y < step.j + step.dj; y++) for (let x = other.i; x < other.i + other.di; x++) rivals.push([x, y]);
    for (const [x, y] of rivals) {
      const rival = cost(x, y, 1, 1);
      let left = 0;
      for (let k = from; k <= to; k++) left += unaligned(steps[k] as Step, x, y);
      best = Math.min(best, rival + left - replaced);
      // An item and its translation both left unaligned near each other: a moved unit.
      if (isDeletion(step) && isDeletion(other)) best = Math.min(best, REORDER_PRIOR + rival - step.cost - other.cost);
      if (to - from === 1 && step.di === 1 && step.dj === 1 && other.di === 1 && other.dj === 1) {
        const x2 = x === step.i ? other.i : step.i;
        const y2 = y === step.j ? other.j : step.j;
        best = Math.min(best, REORDER_PRIOR + rival + cost(x2, y2, 1, 1) - replaced);
      }
    }
  }
  return best;
}

function isDeletion(step: Step): boolean {
  return step.di === 0 || step.dj === 0;
}
