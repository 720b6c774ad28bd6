/** Presenters: the only fields of a question that leave the server, by view. */
import type { QuestionDetail, QuestionSummary } from '../core/api.ts';
import type { CompiledQuestion } from '../core/bundle.ts';
import type { Catalog } from '../core/catalog.ts';

/** The summary of a stored item's question, or null when the bank no longer has it. */
export function summaryOf(catalog: Catalog, id: string | null | undefined): QuestionSummary | null {
  const q = id ? catalog.byId.get(id) : undefined;
  return q ? presentSummary(q) : null;
}

export function presentSummary(q: CompiledQuestion): QuestionSummary {
  return {
    id: q.id,
    title: q.title,
    type: q.type,
    difficulty: q.difficulty,
    frequency: q.frequency,
    tags: q.tags,
    track: q.track,
    section: q.section,
    point: q.point,
  };
}

/**
 * The detail of a question as JSON text, built once per question and completed per request with
 * the user's two flags (the last two fields of `presentDetail`): the hot route of the app.
 */
const detailJson = new Map<CompiledQuestion, string>();
/** Serialized details kept (least recently used out): memory stays flat on a large bank. */
const DETAIL_JSON_KEPT = 64;
export function presentDetailJson(
  catalog: Catalog,
  q: CompiledQuestion,
  user: { bookmarked: boolean; inReview: boolean },
): string {
  let shared = detailJson.get(q);
  if (shared === undefined) {
    const { bookmarked: _b, inReview: _r, ...rest } = presentDetail(catalog, q, user);
    shared = JSON.stringify(rest).slice(0, -1);
    if (detailJson.size >= DETAIL_JSON_KEPT)
      detailJson.delete(detailJson.keys().next().value as CompiledQuestion);
  } else {
    detailJson.delete(q);
  }
  detailJson.set(q, shared);
  return `${shared},"bookmarked":${user.bookmarked},"inReview":${user.inReview}}`;
}

export function presentDetail(
  catalog: Catalog,
  q: CompiledQuestion,
  user: { bookmarked: boolean; inReview: boolean },
): QuestionDetail {
  const ref = catalog.outline.points.get(q.point)!;
  const siblings = catalog.siblings(q);
  const at = siblings.indexOf(q);
  const related = q.related.flatMap((id) => {
    const r = catalog.byId.get(id);
    return r ? [presentSummary(r)] : [];
  });
  return {
    ...presentSummary(q),
    points: q.points,
    breadcrumb: {
      track: { id: ref.track.id, title: ref.track.title },
      section: { id: ref.section.id, title: ref.section.title },
      topic: { id: ref.topic.id, title: ref.topic.title },
      point: { id: ref.point.id, title: ref.point.title, title_en: ref.point.title_en },
    },
    quickAnswerHtml: q.quickAnswerHtml,
    bodyHtml: q.bodyHtml,
    rubric: q.rubric,
    followUps: q.followUps,
    pitfalls: q.pitfalls,
    references: q.references,
    labs: q.labs,
    related,
    prev: at > 0 ? presentSummary(siblings[at - 1]!) : null,
    next: at >= 0 && at + 1 < siblings.length ? presentSummary(siblings[at + 1]!) : null,
    asOf: q.as_of,
    source: q.source,
    bookmarked: user.bookmarked,
    inReview: user.inReview,
  };
}
