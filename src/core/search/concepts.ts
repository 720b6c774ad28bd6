/**
 * Bilingual synonym expansion. Every glossary concept has surface forms (Chinese, English,
 * aliases); wherever one occurs in a text's token sequence the concept token `@<id>` is added,
 * so 显存, GPU memory and VRAM all meet in `@gpu-memory`.
 */

export const CONCEPT_PREFIX = '@';

export interface ConceptForms {
  id: string;
  forms: string[][];
}

export class ConceptMatcher {
  /** First token → candidate (form, concept id) pairs. */
  private readonly byFirst = new Map<string, { form: string[]; id: string }[]>();

  constructor(concepts: ConceptForms[]) {
    for (const { id, forms } of concepts) {
      for (const form of forms) {
        if (form.length === 0) continue;
        const list = this.byFirst.get(form[0]!) ?? [];
        list.push({ form, id });
        this.byFirst.set(form[0]!, list);
      }
    }
  }

  /** Concept tokens found in a positioned token sequence, once per occurrence. */
  match(sequence: string[]): string[] {
    const found: string[] = [];
    for (let i = 0; i < sequence.length; i++) {
      const candidates = this.byFirst.get(sequence[i]!);
      if (!candidates) continue;
      const here = new Set<string>();
      for (const { form, id } of candidates) {
        if (!here.has(id) && form.every((t, k) => sequence[i + k] === t)) here.add(id);
      }
      for (const id of here) found.push(CONCEPT_PREFIX + id);
    }
    return found;
  }
}
