/** FSRS review of due cards, with settings for retention and the interview date. */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ReviewNextResponse, SettingsResponse } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { OwnCard } from '../components/OwnCard.tsx';
import { PracticeCard, type Rated } from '../components/PracticeCard.tsx';
import { invalidate } from '../hooks/useResource.ts';
import { useT } from '../i18n.tsx';

export function Review() {
  const [next, setNext] = useState<ReviewNextResponse>();
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState(0);
  const t = useT();
  const load = useCallback(() => {
    api.nextReview().then(setNext, setError);
  }, []);
  useEffect(load, [load]);

  const onRate = async ({ rating, answer, durationMs }: Rated) => {
    if (!next?.question) return;
    await api.review({ questionId: next.question.id, rating, durationMs, answer: answer || null });
    invalidate('mistakes');
    setDone((d) => d + 1);
    load();
  };

  const onOwnRate = async ({ rating, durationMs }: Rated) => {
    if (!next?.own) return;
    await api.review({ questionId: `own:${next.own.itemId}`, rating, durationMs });
    setDone((d) => d + 1);
    load();
  };

  if (error) return <ErrorNote error={error} />;
  if (!next) return <Loading />;
  const s = next.summary;
  return (
    <>
      <div className="review-head">
        <h1>{t('复习', 'Review')}</h1>
        <p className="muted" data-testid="review-summary">
          {t('待复习 ', 'Due ')}
          <strong>{s.due}</strong>
          {t(
            ` · 卡片共 ${s.total}（新 ${s.new} · 学习中 ${s.learning} · 复习 ${s.review}）`,
            ` · ${s.total} cards (new ${s.new} · learning ${s.learning} · review ${s.review})`,
          )}
          {done > 0 && t(` · 本次已完成 ${done}`, ` · done this session: ${done}`)}
        </p>
      </div>
      {next.own ? (
        <OwnCard
          key={`${next.own.itemId}-${done}`}
          own={next.own}
          buttons={next.buttons}
          onRate={onOwnRate}
        />
      ) : next.question ? (
        <PracticeCard
          key={`${next.question.id}-${done}`}
          question={next.question}
          buttons={next.buttons}
          onRate={onRate}
        />
      ) : (
        <div className="card" data-testid="review-done">
          <h2>
            {s.total === 0
              ? t('还没有复习卡片', 'No review cards yet')
              : t('今天的复习完成了 🎉', 'Done for today 🎉')}
          </h2>
          <p className="muted">
            {s.total === 0
              ? t(
                  '在题目页点「加入复习」，或在大纲里把整个知识点、章节加入复习。',
                  'Click “Add to review” on a question page, or add a whole point or section from the outline.',
                )
              : t(
                  '新的到期卡片会在这里出现。也可以做一组不影响排程的自由练习。',
                  'Cards that fall due will show up here. You can also practise a set freely without touching the schedule.',
                )}
          </p>
          <p>
            <Link href="/outline">{t('去大纲挑题', 'Pick questions from the outline')}</Link> ·{' '}
            <Link href="/mistakes">{t('看错题本', 'See your mistakes')}</Link>
          </p>
        </div>
      )}
      <SettingsPanel />
    </>
  );
}

function SettingsPanel() {
  const [settings, setSettings] = useState<SettingsResponse>();
  const [message, setMessage] = useState('');
  const t = useT();
  useEffect(() => {
    api.settings().then(setSettings, () => {});
  }, []);
  if (!settings) return null;
  const save = async (patch: Partial<SettingsResponse>) => {
    try {
      setSettings(await api.saveSettings(patch));
      setMessage(t('已保存', 'Saved'));
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <details className="card settings">
      <summary>{t('复习设置', 'Review settings')}</summary>
      <label>
        {t('目标记忆保持率（desired retention）', 'Desired retention')}
        <input
          type="number"
          min={0.8}
          max={0.97}
          step={0.01}
          value={settings.desiredRetention}
          onChange={(e) => void save({ desiredRetention: Number(e.target.value) })}
          data-testid="retention"
        />
      </label>
      <label>
        {t('面试日期', 'Interview date')}
        <input
          type="date"
          value={settings.interviewDate ?? ''}
          onChange={(e) => void save({ interviewDate: e.target.value || null })}
        />
      </label>
      <span className="muted small">{message}</span>
    </details>
  );
}
