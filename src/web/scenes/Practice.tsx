/** Fresh practice of a set (a point, a section, a track, bookmarks, mistakes): the schedule is untouched. */
import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { QuestionDetail } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { PracticeCard, type Rated } from '../components/PracticeCard.tsx';
import { useT } from '../i18n.tsx';

export function Practice() {
  const { source, id } = useParams<{ source: string; id?: string }>();
  const t = useT();
  const [ids, setIds] = useState<string[]>();
  const [at, setAt] = useState(0);
  const [question, setQuestion] = useState<QuestionDetail>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    api.practiceSet(source, id).then((r) => setIds(r.questionIds), setError);
  }, [source, id]);
  useEffect(() => {
    const qid = ids?.[at];
    setQuestion(undefined);
    if (qid) api.question(qid).then(setQuestion, setError);
  }, [ids, at]);
  const onRate = async ({ rating, answer, durationMs }: Rated) => {
    await api.review({
      questionId: ids![at]!,
      rating,
      mode: 'fresh',
      durationMs,
      answer: answer || null,
    });
    setAt((n) => n + 1);
  };
  if (error) return <ErrorNote error={error} />;
  if (!ids) return <Loading />;
  return (
    <>
      <h1>{t('自由练习', 'Free practice')}</h1>
      <p className="muted">
        {t(
          `不影响复习排程 · 第 ${Math.min(at + 1, ids.length)} / ${ids.length} 题`,
          `Your review schedule is untouched · question ${Math.min(at + 1, ids.length)} of ${ids.length}`,
        )}
      </p>
      {at >= ids.length ? (
        <div className="card" data-testid="practice-done">
          <h2>{t('这一组练完了', 'Set finished')}</h2>
          <p>
            <Link href="/review">{t('去复习', 'Go to review')}</Link> ·{' '}
            <Link href="/mistakes">{t('看错题本', 'See your mistakes')}</Link>
          </p>
        </div>
      ) : question ? (
        <PracticeCard key={question.id} question={question} onRate={onRate} />
      ) : (
        <Loading />
      )}
    </>
  );
}
