import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';

const CATEGORY_LABELS: Record<string, string> = {
  fundamentals: '基础',
  training: '训练',
  inference: '推理',
  serving: '部署与服务',
  hardware: '硬件与通信',
  media: '多媒体',
  operators: '算子',
  vision: '视觉生成',
  multimodal: '多模态',
  safety: '安全',
  evaluation: '评测',
};

export function Glossary() {
  const { data, error } = useResource('glossary', api.glossary);
  const [filter, setFilter] = useState('');
  const [category, setCategory] = useState('');
  const terms = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return (data?.terms ?? []).filter(
      (t) =>
        (!category || t.category === category) &&
        (!f || [t.zh, t.en, ...t.aliases, t.definition].some((s) => s.toLowerCase().includes(f))),
    );
  }, [data, filter, category]);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>术语表 · 中英对照</h1>
      <div className="filters">
        <input
          type="search"
          placeholder="筛选术语（中文或英文）"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label="筛选术语"
          data-testid="glossary-filter"
        />
        <select value={category} onChange={(e) => setCategory(e.target.value)} aria-label="分类">
          <option value="">全部分类</option>
          {Object.entries(CATEGORY_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <span className="muted">{terms.length} 条</span>
      </div>
      <dl className="glossary">
        {terms.map((t) => (
          <div key={t.id} className="term" id={t.id}>
            <dt>
              <span className="zh">{t.zh}</span> <span className="en">{t.en}</span>
              {t.aliases.length > 0 && (
                <span className="muted small"> · {t.aliases.join(' / ')}</span>
              )}
            </dt>
            <dd>
              {t.definition} <span className="chip">{CATEGORY_LABELS[t.category]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
