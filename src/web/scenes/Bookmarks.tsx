import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { Badges, ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useT } from '../i18n.tsx';

export function Bookmarks() {
  const t = useT();
  const { data, error } = useResource('bookmarks', api.bookmarks);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>{t('我的收藏', 'My bookmarks')}</h1>
      {data.items.length === 0 ? (
        <p className="muted">
          {t(
            '还没有收藏。在题目页点击「☆ 收藏」即可加入。',
            'No bookmarks yet. Click “☆ Bookmark” on a question page to add one.',
          )}
        </p>
      ) : (
        <ul className="qlist" data-testid="bookmark-list">
          {data.items.map((b) => (
            <li key={b.questionId}>
              {b.question ? (
                <>
                  <Link href={`/q/${b.questionId}`} lang="zh-CN">
                    {b.question.title}
                  </Link>
                  <Badges q={b.question} />
                </>
              ) : (
                <span className="muted">
                  {b.questionId}
                  {t('（题目已下线）', ' (question withdrawn)')}
                </span>
              )}
              <span className="muted small">
                {t(' 收藏于 ', ' bookmarked on ')}
                {b.createdAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
