import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT, zhIf } from '../i18n.tsx';

const CATEGORY_LABELS: Record<string, [string, string]> = {
  fundamentals: ['基础', 'Fundamentals'],
  training: ['训练', 'Training'],
  inference: ['推理', 'Inference'],
  serving: ['部署与服务', 'Serving'],
  hardware: ['硬件与通信', 'Hardware & communication'],
  media: ['多媒体', 'Media'],
  operators: ['算子', 'Operators'],
  vision: ['视觉生成', 'Visual generation'],
  multimodal: ['多模态', 'Multimodal'],
  safety: ['安全', 'Safety'],
  evaluation: ['评测', 'Evaluation'],
};

export function Glossary() {
  const [lang] = useLang();
  const t = useT();
  const cat = (k: string) => CATEGORY_LABELS[k]?.[lang === 'en' ? 1 : 0] ?? k;
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
      <h1>{t('术语表 · 中英对照', 'Glossary · Chinese and English')}</h1>
      <div className="filters">
        <input
          type="search"
          placeholder={t('筛选术语（中文或英文）', 'Filter terms (Chinese or English)')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label={t('筛选术语', 'Filter terms')}
          data-testid="glossary-filter"
        />
        <select
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          aria-label={t('分类', 'Category')}
        >
          <option value="">{t('全部分类', 'All categories')}</option>
          {Object.keys(CATEGORY_LABELS).map((k) => (
            <option key={k} value={k}>
              {cat(k)}
            </option>
          ))}
        </select>
        <span className="muted">
          {terms.length} {t('条', 'terms')}
        </span>
      </div>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id} className="term" id={term.id}>
            <dt>
              <span className="zh" lang="zh-CN">
                {term.zh}
              </span>{' '}
              <span className="en" lang="en">
                {term.en}
              </span>
              {term.aliases.length > 0 && (
                <span className="muted small" {...zhIf(term.aliases.join(''))}>
                  {' '}
                  · {term.aliases.join(' / ')}
                </span>
              )}
            </dt>
            <dd>
              <span lang="zh-CN">{term.definition}</span>{' '}
              <span className="chip">{cat(term.category)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
