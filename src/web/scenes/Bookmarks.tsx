import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { Badges, ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';

export function Bookmarks() {
  const { data, error } = useResource('bookmarks', api.bookmarks);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>我的收藏</h1>
      {data.items.length === 0 ? (
        <p className="muted">还没有收藏。在题目页点击「☆ 收藏」即可加入。</p>
      ) : (
        <ul className="qlist" data-testid="bookmark-list">
          {data.items.map((b) => (
            <li key={b.questionId}>
              {b.question ? (
                <>
                  <Link href={`/q/${b.questionId}`}>{b.question.title}</Link>
                  <Badges q={b.question} />
                </>
              ) : (
                <span className="muted">{b.questionId}（题目已下线）</span>
              )}
              <span className="muted small"> 收藏于 {b.createdAt.slice(0, 10)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
