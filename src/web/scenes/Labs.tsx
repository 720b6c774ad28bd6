/** The labs: calculators and simulators for the quantitative questions. Loaded only on these pages. */
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { type Calculator, calculatorsOf } from '../../core/labs/calculators.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Html, Loading, QuestionList } from '../components/bits.tsx';
import { Chart } from '../components/Chart.tsx';
import { useResource } from '../hooks/useResource.ts';
import { LabForm, type Values } from './labs/LabForm.tsx';
import { ModelFileInspector } from './labs/ModelFileInspector.tsx';
import { VIEWS, type View } from './labs/views.ts';

export function LabsIndex() {
  const { data, error } = useResource('labs', api.labs);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>实验室</h1>
      <p className="muted">
        面试里的定量题：动手算一遍，比背结论记得牢。每个实验都给出公式、推导和用到它的题目。
      </p>
      <div className="tracks">
        {data.labs.map((l) => (
          <section
            key={l.id}
            className={`card ${l.available ? '' : 'muted'}`}
            data-testid={`lab-${l.id}`}
          >
            <h2>{l.available ? <Link href={`/labs/${l.id}`}>{l.title}</Link> : l.title}</h2>
            <p className="muted en">{l.title_en}</p>
            <p className="small">{l.summary ?? '建设中'}</p>
            {l.questions > 0 && <p className="muted small">{l.questions} 道相关题</p>}
          </section>
        ))}
      </div>
    </>
  );
}

export function Lab() {
  const { id } = useParams<{ id: string }>();
  const { data, error } = useResource(`lab:${id}`, () => api.lab(id));
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const calcs = calculatorsOf(id);
  return (
    <>
      <nav className="crumbs">
        <Link href="/labs">实验室</Link> › {data.title}
      </nav>
      <h1>{data.title}</h1>
      <p className="muted">{data.summary}</p>
      {id === 'model-files' && <ModelFileInspector />}
      {calcs.map((c) => (
        <CalculatorCard key={c.id} calc={c} />
      ))}
      <section className="card">
        <h2>公式与推导</h2>
        <Html html={data.html} className="prose" />
      </section>
      {data.linked.length > 0 && (
        <section className="card">
          <h2>用到这个实验的题</h2>
          <QuestionList items={data.linked} />
        </section>
      )}
    </>
  );
}

function CalculatorCard({ calc }: { calc: Calculator }) {
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(calc.fields.map((f) => [f.name, f.default ?? ''])),
  );
  const outcome = useMemo((): { view: View } | { error: string } => {
    try {
      const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
      const results = calc.run(input);
      return {
        view: VIEWS[calc.id]!(calc.options.parse(input) as Record<string, unknown>, results),
      };
    } catch (e) {
      const issue = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
      const label = calc.fields.find((f) => f.name === issue?.path[0])?.label;
      return { error: issue ? `${label ?? '输入'}：${issue.message}` : (e as Error).message };
    }
  }, [values, calc]);
  return (
    <section className="card lab-calc" data-testid={`calc-${calc.id}`}>
      <h2>{calc.title}</h2>
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
                    <td className="value">{v}</td>
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
