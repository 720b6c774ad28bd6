/** Today's plan: the home page's first card. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { PlanView } from '../../core/practice/plan.ts';
import { api } from '../api/client.ts';
import { useT } from '../i18n.tsx';
import { useNames } from './names.tsx';

export const tzOffset = () => -new Date().getTimezoneOffset();

export function TodayCard() {
  const [plan, setPlan] = useState<PlanView | null>();
  const [busy, setBusy] = useState(false);
  const t = useT();
  const name = useNames();
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
        <h2>{t('今日计划', "Today's plan")}</h2>
        <p className="muted">
          {t(
            '还没有学习计划。按岗位和天数生成一份，每天告诉你学哪些新题、复习多少张卡。',
            'No study plan yet. Make one for a role and a number of days: each day it tells you which new questions to learn and how many cards to review.',
          )}
        </p>
        <Link href="/plan" className="button primary">
          {t('制定学习计划', 'Make a study plan')}
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
        {t(
          `今日计划 · ${plan.roleTitle} ${plan.spec.days} 天 · 第 ${Math.min(plan.today, plan.spec.days)} 天`,
          `Today's plan · ${name(`role:${plan.spec.role}`, plan.roleTitle)} · ${plan.spec.days} days · day ${Math.min(plan.today, plan.spec.days)}`,
        )}
      </h2>
      {finished ? (
        <p>
          {t(
            `计划已结束：${plan.started} / ${plan.total} 道题已开始学习。可以在「计划」里再开一期。`,
            `The plan has ended: ${plan.started} of ${plan.total} questions started. You can start another under “Plan”.`,
          )}
        </p>
      ) : (
        <ul className="today-list">
          <li>
            {t('新题 ', 'New questions: ')}
            <strong data-testid="today-new">{plan.todayNew.length}</strong>
            {t(' 道', ' ')}
            {plan.todayNew.length > 0 && (
              <button
                type="button"
                className="primary"
                onClick={startToday}
                disabled={busy}
                data-testid="start-today"
              >
                {t('加入今天的复习', "Add today's questions to review")}
              </button>
            )}
          </li>
          <li>
            {t('复习 ', 'Reviews: ')}
            <strong>{plan.todayReviews}</strong>
            {t(' 张 ', ' cards ')}
            <Link href="/review">{t('去复习 →', 'Go to review →')}</Link>
          </li>
          <li className="muted small">
            {t('进度 ', 'Progress ')}
            {plan.started} / {plan.total}
            {plan.ahead < 0
              ? t(
                  `，落后 ${-plan.ahead} 道（之后每天会多一点）`,
                  `, ${-plan.ahead} behind (a little more each day from now)`,
                )
              : plan.ahead > 0
                ? t(`，领先 ${plan.ahead} 道`, `, ${plan.ahead} ahead`)
                : t('，按计划进行', ', on schedule')}
          </li>
        </ul>
      )}
    </section>
  );
}
