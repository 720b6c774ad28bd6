/** Which questions an export takes: a track, a section or a role (the sections it weighs), or all. */
import type { ExportScope } from '../core/api.ts';
import type { CompiledQuestion } from '../core/bundle.ts';
import type { Catalog } from '../core/catalog.ts';
import { planQuestions } from '../core/practice/plan.ts';

export class SelectionError extends Error {}

export function selectQuestions(catalog: Catalog, sel: ExportScope): CompiledQuestion[] {
  const given = [sel.track, sel.section, sel.role].filter(Boolean).length;
  if (given > 1) throw new SelectionError('give one of track, section or role, not several');
  const outline = catalog.bundle.outline;
  if (sel.track && !outline.tracks.some((t) => t.id === sel.track))
    throw new SelectionError(
      `unknown track "${sel.track}" (use ${outline.tracks.map((t) => t.id).join(', ')})`,
    );
  if (sel.section && !outline.tracks.some((t) => t.sections.some((s) => s.id === sel.section)))
    throw new SelectionError(
      `unknown section "${sel.section}" (use one of ${outline.tracks.flatMap((t) => t.sections.map((s) => s.id)).join(', ')})`,
    );
  if (sel.role) {
    if (!outline.roles.some((r) => r.id === sel.role))
      throw new SelectionError(
        `unknown role "${sel.role}" (use ${outline.roles.map((r) => r.id).join(', ')})`,
      );
    return planQuestions(catalog, sel.role);
  }
  if (sel.section) return catalog.list({ section: sel.section });
  if (sel.track) return catalog.list({ track: sel.track });
  return catalog.questions;
}

/** "后端/平台工程 › 推理框架与服务架构" for a question. */
export function placeOf(
  catalog: Catalog,
  q: CompiledQuestion,
): { track: string; section: string; point: string } {
  const track = catalog.bundle.outline.tracks.find((t) => t.id === q.track);
  const section = track?.sections.find((s) => s.id === q.section);
  return {
    track: track?.title ?? q.track,
    section: section?.title ?? q.section,
    point: catalog.outline.points.get(q.point)?.point.title ?? q.point,
  };
}
