/** Choose a role and a length; see the day-by-day schedule. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { PlanView } from '../../core/practice/plan.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { tzOffset } from '../components/TodayCard.tsx';
import { useResource } from '../hooks/useResource.ts';

export function Plan() {
  const outline = useResource('outline', api.outline);
  const [plan, setPlan] = useState<PlanView | null>();
  const [role, setRole] = useState('algorithm');
  const [days, setDays] = useState<7 | 14 | 30>(14);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    api.plan(tzOffset()).then((r) => {
      setPlan(r.plan);
      if (r.plan) {
        setRole(r.plan.spec.role);
        setDays(r.plan.spec.days);
      }
    }, setError);
  }, []);
  const save = async () => {
    setError(undefined);
    try {
      setPlan((await api.savePlan(tzOffset(), { role, days })).plan);
    } catch (e) {
      setError(e as Error);
    }
  };
  if (!outline.data || plan === undefined) return <Loading />;
  const roles = outline.data.roles;
  const current = roles.find((r) => r.id === role);
  return (
    <>
      <h1>学习计划</h1>
      <section className="card">
        <div className="filters">
          <label>
            岗位{' '}
            <select value={role} onChange={(e) => setRole(e.target.value)} data-testid="plan-role">
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            天数{' '}
            <select
              value={days}
              onChange={(e) => setDays(Number(e.target.value) as 7 | 14 | 30)}
              data-testid="plan-days"
            >
              {[7, 14, 30].map((d) => (
                <option key={d} value={d}>
                  {d} 天
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={save} data-testid="plan-save">
            {plan ? '重新生成计划' : '生成计划'}
          </button>
        </div>
        {current && <p className="muted small">{current.advice}</p>}
        {error && <ErrorNote error={error} />}
      </section>
      {plan && (
        <section className="card" data-testid="plan-schedule">
          <h2>
            {plan.roleTitle} · {plan.spec.days} 天（{plan.spec.startDate} 起） · 共 {plan.total} 道
          </h2>
          <table className="progress-table">
            <thead>
              <tr>
                <th>日期</th>
                <th>新题</th>
                <th>预计复习</th>
              </tr>
            </thead>
            <tbody>
              {plan.schedule.map((d) => (
                <tr key={d.date} className={d.day === plan.today ? 'track-row' : ''}>
                  <td>
                    第 {d.day} 天 · {d.date.slice(5)}
                  </td>
                  <td>{d.newQuestions.length}</td>
                  <td>{d.reviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            每天的新题数 = 剩下的题 ÷ 剩下的天数：落下的会摊到后面几天，提前完成的会让后面更轻松。
            <Link href="/">回首页开始今天的任务</Link>
          </p>
        </section>
      )}
    </>
  );
}
