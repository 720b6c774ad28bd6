/** FSRS review of due cards, with settings for retention and the interview date. */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ReviewNextResponse, SettingsResponse } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { OwnCard } from '../components/OwnCard.tsx';
import { PracticeCard, type Rated } from '../components/PracticeCard.tsx';
import { invalidate } from '../hooks/useResource.ts';

export function Review() {
  const [next, setNext] = useState<ReviewNextResponse>();
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState(0);
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
        <h1>复习</h1>
        <p className="muted" data-testid="review-summary">
          待复习 <strong>{s.due}</strong> · 卡片共 {s.total}（新 {s.new} · 学习中 {s.learning} ·
          复习 {s.review}）{done > 0 && <> · 本次已完成 {done}</>}
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
          <h2>{s.total === 0 ? '还没有复习卡片' : '今天的复习完成了 🎉'}</h2>
          <p className="muted">
            {s.total === 0
              ? '在题目页点「加入复习」，或在大纲里把整个知识点、章节加入复习。'
              : '新的到期卡片会在这里出现。也可以做一组不影响排程的自由练习。'}
          </p>
          <p>
            <Link href="/outline">去大纲挑题</Link> · <Link href="/mistakes">看错题本</Link>
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
  useEffect(() => {
    api.settings().then(setSettings, () => {});
  }, []);
  if (!settings) return null;
  const save = async (patch: Partial<SettingsResponse>) => {
    try {
      setSettings(await api.saveSettings(patch));
      setMessage('已保存');
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <details className="card settings">
      <summary>复习设置</summary>
      <label>
        目标记忆保持率（desired retention）
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
        面试日期
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
