/** Bilingual glossary terms (`content/glossary.yaml`), used by search and the glossary page. */
import { z } from 'zod';
import { KebabId } from './question.ts';

export const GlossaryCategory = z.enum([
  'fundamentals',
  'training',
  'inference',
  'serving',
  'hardware',
  'media',
  'operators',
  'vision',
  'multimodal',
  'safety',
  'evaluation',
]);

export const GlossaryTerm = z.strictObject({
  /** Unique kebab-case id. */
  id: KebabId,
  /** The usual Chinese term. */
  zh: z.string().min(1),
  /** The canonical English term. */
  en: z.string().min(1),
  /** Other spellings and abbreviations people type; search treats them as synonyms. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One Chinese sentence. */
  definition: z.string().min(4),
  category: GlossaryCategory,
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Glossary = z.array(GlossaryTerm).min(1);
