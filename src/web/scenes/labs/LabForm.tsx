/** A calculator's inputs, built from its field list. */

import type { Field } from '../../../core/labs/calculators.ts';
import { DTYPES } from '../../../core/labs/dtypes.ts';
import { GPUS, MODELS } from '../../../core/labs/presets.ts';
import { useLang, zhIf } from '../../i18n.tsx';
import { fieldLabel, optionLabel } from './en.ts';

export type Values = Record<string, string | number | boolean>;

export function LabForm({
  fields,
  values,
  onChange,
  idPrefix,
}: {
  fields: Field[];
  values: Values;
  onChange: (v: Values) => void;
  idPrefix: string;
}) {
  const en = useLang()[0] === 'en';
  const set = (name: string, v: string | number | boolean) => onChange({ ...values, [name]: v });
  return (
    <div className="lab-form">
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const value = values[f.name];
        let input: React.ReactNode;
        if (f.kind === 'text') {
          input = (
            <textarea
              id={id}
              rows={2}
              value={String(value)}
              onChange={(e) => set(f.name, e.target.value)}
              data-testid={id}
              {...zhIf(String(value))}
            />
          );
        } else if (
          f.kind === 'model' ||
          f.kind === 'gpu' ||
          f.kind === 'dtype' ||
          f.kind === 'zero' ||
          f.kind === 'select'
        ) {
          const options =
            f.kind === 'select'
              ? (f.options ?? [])
              : f.kind === 'model'
                ? MODELS.map((m) => [m.id, m.name])
                : f.kind === 'gpu'
                  ? GPUS.map((g) => [g.id, g.name])
                  : f.kind === 'dtype'
                    ? DTYPES.map((d) => [d, d.toUpperCase()])
                    : [0, 1, 2, 3].map((z) => [String(z), `ZeRO-${z}${z === 3 ? ' / FSDP' : ''}`]);
          input = (
            <select
              id={id}
              value={String(value)}
              onChange={(e) =>
                set(f.name, f.kind === 'zero' ? Number(e.target.value) : e.target.value)
              }
              data-testid={id}
            >
              {options.map(([v, label]) => (
                <option key={v} value={v}>
                  {optionLabel(String(v), String(label), en)}
                </option>
              ))}
            </select>
          );
        } else if (f.kind === 'boolean') {
          input = (
            <input
              id={id}
              type="checkbox"
              checked={Boolean(value)}
              onChange={(e) => set(f.name, e.target.checked)}
              data-testid={id}
            />
          );
        } else {
          input = (
            <input
              id={id}
              type="text"
              inputMode="decimal"
              value={String(value)}
              onChange={(e) => set(f.name, e.target.value)}
              data-testid={id}
            />
          );
        }
        return (
          <label key={f.name} htmlFor={id}>
            <span>{fieldLabel(idPrefix, f, en)}</span>
            {input}
          </label>
        );
      })}
    </div>
  );
}
