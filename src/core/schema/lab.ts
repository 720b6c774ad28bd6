/** A lab's explanation page (`content/labs/<id>.md`): the formula and its derivation. */
import { z } from 'zod';
import { KebabId } from './question.ts';

export const LabFrontMatter = z.strictObject({
  /** One of the lab ids in src/core/labs/registry.ts; equals the file name. */
  id: KebabId,
  /** Chinese title. */
  title: z.string().min(2),
  /** English title. */
  title_en: z.string().min(2),
  /** One sentence on what the lab lets the reader compute. */
  summary: z.string().min(8),
});
export type LabFrontMatter = z.infer<typeof LabFrontMatter>;
