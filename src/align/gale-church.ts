/**
 * The Gale–Church (1993) probabilistic length cost: how unlikely a pair of lengths is for a
 * translation, as −log P(|δ|) with δ = (l₂ − c·l₁) / √(s²·(l₁ + l₂/c)/2).
 */

/** Default en→ru character ratio, estimated on FLORES-200 devtest (1.077). */
export const DEFAULT_RATIO = 1.08;
/** Default variance per character (FLORES-200 devtest: 3.1; widened for paraphrase). */
export const DEFAULT_VARIANCE = 4;

/**
 * Standard normal upper tail 1 − Φ(z) (Abramowitz–Stegun 26.2.17, error < 7.5e−8).
 *
 * @example normalTail(0) // 0.5
 */
export function normalTail(z: number): number {
  if (z < 0) return 1 - normalTail(-z);
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

/**
 * Two-sided probability that lengths `l1` (English) and `l2` (Russian) are a translation pair.
 *
 * @returns a probability in (0, 1]
 * @example lengthProbability(100, 108) // ≈ 1
 */
export function lengthProbability(l1: number, l2: number, ratio = DEFAULT_RATIO, variance = DEFAULT_VARIANCE): number {
  if (l1 === 0 && l2 === 0) return 1;
  const mean = (l1 + l2 / ratio) / 2;
  const delta = (l2 - l1 * ratio) / Math.sqrt(variance * Math.max(mean, 1));
  return Math.max(2 * normalTail(Math.abs(delta)), 1e-12);
}

/**
 * The Gale–Church length cost −log P(δ) (0 for a perfect ratio, ~6 at three standard deviations).
 *
 * @example lengthCost(100, 300) > 10 // true
 */
export function lengthCost(l1: number, l2: number, ratio = DEFAULT_RATIO, variance = DEFAULT_VARIANCE): number {
  return -Math.log(lengthProbability(l1, l2, ratio, variance));
}
