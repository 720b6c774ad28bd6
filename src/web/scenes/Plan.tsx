/** Choose a role and a length; see the day-by-day schedule. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { PlanView } from '../../core/practice/plan.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { titleOf } from '../components/names.tsx';
import { tzOffset } from '../components/TodayCard.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT } from '../i18n.tsx';

export function Plan() {
  const outline = useResource('outline', api.outline);
  const [lang] = useLang();
  const t = useT();
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
  const planRole = plan && roles.find((r) => r.id === plan.spec.role);
  return (
    <>
      <h1>{t('学习计划', 'Study plan')}</h1>
      <section className="card">
        <div className="filters">
          <label>
            {t('岗位', 'Role')}{' '}
            <select value={role} onChange={(e) => setRole(e.target.value)} data-testid="plan-role">
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {titleOf(r, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('天数', 'Days')}{' '}
            <select
              value={days}
              onChange={(e) => setDays(Number(e.target.value) as 7 | 14 | 30)}
              data-testid="plan-days"
            >
              {[7, 14, 30].map((d) => (
                <option key={d} value={d}>
                  {t(`${d} 天`, `${d} days`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={save} data-testid="plan-save">
            {plan ? t('重新生成计划', 'Make a new plan') : t('生成计划', 'Make a plan')}
          </button>
        </div>
        {current && (
          <p className="muted small" lang="zh-CN">
            {current.advice}
          </p>
        )}
        {error && <ErrorNote error={error} />}
      </section>
      {plan && (
        <section className="card" data-testid="plan-schedule">
          <h2>
            {t(
              `${plan.roleTitle} · ${plan.spec.days} 天（${plan.spec.startDate} 起） · 共 ${plan.total} 道`,
              `${planRole ? planRole.title_en : plan.roleTitle} · ${plan.spec.days} days (from ${plan.spec.startDate}) · ${plan.total} questions`,
            )}
          </h2>
          <table className="progress-table">
            <thead>
              <tr>
                <th>{t('日期', 'Date')}</th>
                <th>{t('新题', 'New questions')}</th>
                <th>{t('预计复习', 'Expected reviews')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.schedule.map((d) => (
                <tr key={d.date} className={d.day === plan.today ? 'track-row' : ''}>
                  <td>
                    {t(`第 ${d.day} 天 · `, `Day ${d.day} · `)}
                    {d.date.slice(5)}
                  </td>
                  <td>{d.newQuestions.length}</td>
                  <td>{d.reviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            {t(
              '每天的新题数 = 剩下的题 ÷ 剩下的天数：落下的会摊到后面几天，提前完成的会让后面更轻松。',
              'New questions a day = questions left ÷ days left: what you fall behind on spreads over the next days, and getting ahead makes them lighter. ',
            )}
            <Link href="/">
              {t('回首页开始今天的任务', "Start today's tasks on the home page")}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
