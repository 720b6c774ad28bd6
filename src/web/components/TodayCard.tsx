/** Today's plan: the home page's first card. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { PlanView } from '../../core/practice/plan.ts';
import { api } from '../api/client.ts';

export const tzOffset = () => -new Date().getTimezoneOffset();

export function TodayCard() {
  const [plan, setPlan] = useState<PlanView | null>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.plan(tzOffset()).then(
      (r) => setPlan(r.plan),
      () => setPlan(null),
    );
  }, []);
  if (plan === undefined) return null;
  if (!plan) {
    return (
      <section className="card today" data-testid="today-card">
        <h2>今日计划</h2>
        <p className="muted">
          还没有学习计划。按岗位和天数生成一份，每天告诉你学哪些新题、复习多少张卡。
        </p>
        <Link href="/plan" className="button primary">
          制定学习计划
        </Link>
      </section>
    );
  }
  const startToday = async () => {
    setBusy(true);
    try {
      await api.addCards({ questionIds: plan.todayNew });
      setPlan((await api.plan(tzOffset())).plan);
    } finally {
      setBusy(false);
    }
  };
  const finished = plan.daysLeft === 0;
  return (
    <section className="card today" data-testid="today-card">
      <h2>
        今日计划 · {plan.roleTitle} {plan.spec.days} 天 · 第 {Math.min(plan.today, plan.spec.days)}{' '}
        天
      </h2>
      {finished ? (
        <p>
          计划已结束：{plan.started} / {plan.total} 道题已开始学习。可以在「计划」里再开一期。
        </p>
      ) : (
        <ul className="today-list">
          <li>
            新题 <strong data-testid="today-new">{plan.todayNew.length}</strong> 道
            {plan.todayNew.length > 0 && (
              <button
                type="button"
                className="primary"
                onClick={startToday}
                disabled={busy}
                data-testid="start-today"
              >
                加入今天的复习
              </button>
            )}
          </li>
          <li>
            复习 <strong>{plan.todayReviews}</strong> 张 <Link href="/review">去复习 →</Link>
          </li>
          <li className="muted small">
            进度 {plan.started} / {plan.total}
            {plan.ahead < 0
              ? `，落后 ${-plan.ahead} 道（之后每天会多一点）`
              : plan.ahead > 0
                ? `，领先 ${plan.ahead} 道`
                : '，按计划进行'}
          </li>
        </ul>
      )}
    </section>
  );
}
