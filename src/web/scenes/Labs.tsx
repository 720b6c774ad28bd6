/** The labs: calculators and simulators for the quantitative questions. Loaded only on these pages. */
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { type Calculator, calculatorsOf } from '../../core/labs/calculators.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Html, Loading, QuestionList } from '../components/bits.tsx';
import { Chart } from '../components/Chart.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT, zhIf } from '../i18n.tsx';
import { calcTitle, fieldLabel } from './labs/en.ts';
import { LabForm, type Values } from './labs/LabForm.tsx';
import { ModelFileInspector } from './labs/ModelFileInspector.tsx';
import { VIEWS, type View } from './labs/views.ts';

export function LabsIndex() {
  const { data, error } = useResource('labs', api.labs);
  const [lang] = useLang();
  const t = useT();
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>{t('实验室', 'Labs')}</h1>
      <p className="muted">
        {t(
          '面试里的定量题：动手算一遍，比背结论记得牢。每个实验都给出公式、推导和用到它的题目。',
          'The quantitative questions of an interview: working one out by hand sticks better than memorizing the result. Every lab gives the formulas, the derivation and the questions that use it.',
        )}
      </p>
      <div className="tracks">
        {data.labs.map((l) => (
          <section
            key={l.id}
            className={`card ${l.available ? '' : 'muted'}`}
            data-testid={`lab-${l.id}`}
          >
            <h2>
              {l.available ? (
                <Link href={`/labs/${l.id}`}>{lang === 'en' ? l.title_en : l.title}</Link>
              ) : lang === 'en' ? (
                l.title_en
              ) : (
                l.title
              )}
            </h2>
            {lang === 'en' ? (
              <p className="muted en" lang="zh-CN">
                {l.title}
              </p>
            ) : (
              <p className="muted en">{l.title_en}</p>
            )}
            {l.summary ? (
              <p className="small" lang="zh-CN">
                {l.summary}
              </p>
            ) : (
              <p className="small">{t('建设中', 'Coming soon')}</p>
            )}
            {l.questions > 0 && (
              <p className="muted small">
                {t(`${l.questions} 道相关题`, `${l.questions} related questions`)}
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

export function Lab() {
  const { id } = useParams<{ id: string }>();
  const { data, error } = useResource(`lab:${id}`, () => api.lab(id));
  const [lang] = useLang();
  const t = useT();
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const calcs = calculatorsOf(id);
  return (
    <>
      <nav className="crumbs">
        <Link href="/labs">{t('实验室', 'Labs')}</Link> ›{' '}
        {lang === 'en' ? data.title_en : data.title}
      </nav>
      <h1>{lang === 'en' ? data.title_en : data.title}</h1>
      <p className="muted" lang="zh-CN">
        {data.summary}
      </p>
      {id === 'model-files' && <ModelFileInspector />}
      {calcs.map((c) => (
        <CalculatorCard key={c.id} calc={c} />
      ))}
      <section className="card">
        <h2>{t('公式与推导', 'Formulas and derivation')}</h2>
        <Html html={data.html} className="prose" />
      </section>
      {data.linked.length > 0 && (
        <section className="card">
          <h2>{t('用到这个实验的题', 'Questions that use this lab')}</h2>
          <QuestionList items={data.linked} />
        </section>
      )}
    </>
  );
}

function CalculatorCard({ calc }: { calc: Calculator }) {
  const [lang] = useLang();
  const t = useT();
  const en = lang === 'en';
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(calc.fields.map((f) => [f.name, f.default ?? ''])),
  );
  const outcome = useMemo((): { view: View } | { error: string } => {
    try {
      const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
      const results = calc.run(input);
      return {
        view: VIEWS[calc.id]!(calc.options.parse(input) as Record<string, unknown>, results, t),
      };
    } catch (e) {
      const issue = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
      const field = calc.fields.find((f) => f.name === issue?.path[0]);
      const label = field ? fieldLabel(calc.id, field, en) : t('输入', 'Input');
      return { error: issue ? `${label}${t('：', ': ')}${issue.message}` : (e as Error).message };
    }
  }, [values, calc, t, en]);
  return (
    <section className="card lab-calc" data-testid={`calc-${calc.id}`}>
      <h2>{calcTitle(calc, en)}</h2>
      <div className="lab-grid">
        <LabForm fields={calc.fields} values={values} onChange={setValues} idPrefix={calc.id} />
        <div>
          {'error' in outcome ? (
            <p className="error-note" role="alert">
              {outcome.error}
            </p>
          ) : (
            <table className="rubric lab-results" data-testid={`result-${calc.id}`}>
              <tbody>
                {outcome.view.rows.map(([k, v]) => (
                  <tr key={k}>
                    <td>{k}</td>
                    <td className="value" {...zhIf(v)}>
                      {v}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
      {'view' in outcome && outcome.view.chart && (
        <Chart option={outcome.view.chart} height={280} testId={`chart-${calc.id}`} />
      )}
    </section>
  );
}
