/**
 * The outline as data (`content/outline.yaml`): track → section → topic → point, plus the
 * roles whose section weights come from the seed's 使用建议.
 */
import { z } from 'zod';
import { KebabId, OutlineId } from './question.ts';

const Titled = {
  /** Chinese title as the outline words it. */
  title: z.string().min(1),
  /** English title. */
  title_en: z.string().min(1),
};

/** A knowledge point: the unit questions are counted under. */
export const OutlinePoint = z.strictObject({
  /** Stable dotted id `<track>.<section>.<slug>`. */
  id: OutlineId,
  ...Titled,
  /** Correction of a slip in the seed's wording, shown beside the title. */
  note: z.string().optional(),
  /** The same subject elsewhere in the outline, seen from another angle. */
  see_also: z.array(OutlineId).default([]),
});
export type OutlinePoint = z.infer<typeof OutlinePoint>;

/** A topic heading of the seed (or a synthetic one for sections without headings). */
export const OutlineTopic = z.strictObject({
  id: OutlineId,
  ...Titled,
  /** True when the seed has no heading here and the title was written for the outline. */
  synthetic: z.boolean().default(false),
  points: z.array(OutlinePoint).min(1),
});
export type OutlineTopic = z.infer<typeof OutlineTopic>;

/** A numbered section of a track. */
export const OutlineSection = z.strictObject({
  /** `<track>.<slug>`. */
  id: OutlineId,
  /** The section's number in the seed. */
  num: z.number().int().min(1),
  ...Titled,
  topics: z.array(OutlineTopic).min(1),
});
export type OutlineSection = z.infer<typeof OutlineSection>;

/** One of the four role tracks. */
export const OutlineTrack = z.strictObject({
  id: KebabId,
  ...Titled,
  sections: z.array(OutlineSection).min(1),
});
export type OutlineTrack = z.infer<typeof OutlineTrack>;

/** A role a user prepares for, with how much each section weighs for it (0..3). */
export const Role = z.strictObject({
  id: KebabId,
  ...Titled,
  /** The seed's advice for this role, paraphrased. */
  advice: z.string().min(1),
  /** True when the seed gives no advice for this role and the weights were derived. */
  derived: z.boolean().default(false),
  /** Section id → weight 0 (not asked) .. 3 (core). */
  weights: z.record(OutlineId, z.number().int().min(0).max(3)),
});
export type Role = z.infer<typeof Role>;

export const Outline = z.strictObject({
  version: z.literal(1),
  /** The seed file the outline was made from. */
  source: z.string(),
  tracks: z.array(OutlineTrack).min(1),
  roles: z.array(Role).min(1),
});
export type Outline = z.infer<typeof Outline>;
