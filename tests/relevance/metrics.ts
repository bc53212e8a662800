/** nDCG@k (gain 2^g − 1), MRR (first result graded ≥ 2) and recall@k (of results graded ≥ 1). */
export function ndcg(ranked: readonly string[], rel: Readonly<Record<string, number>>, k = 10): number {
  const gain = (g: number): number => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(rel[id] ?? 0) / Math.log2(i + 2);
  });
  const ideal = Object.values(rel).sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((g, i) => {
    idcg += gain(g) / Math.log2(i + 2);
  });
  return idcg === 0 ? 0 : dcg / idcg;
}

export function reciprocalRank(ranked: readonly string[], rel: Readonly<Record<string, number>>): number {
  const at = ranked.findIndex((id) => (rel[id] ?? 0) >= 2);
  return at < 0 ? 0 : 1 / (at + 1);
}

export function recall(ranked: readonly string[], rel: Readonly<Record<string, number>>, k = 20): number {
  const wanted = Object.keys(rel).filter((id) => (rel[id] ?? 0) >= 1);
  if (wanted.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return wanted.filter((id) => top.has(id)).length / wanted.length;
}
