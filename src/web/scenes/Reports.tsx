/** 面经: paste an interview report; its questions are matched to the bank for the user to confirm. */
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { ReportItemView, ReportSummary, ReportView } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { useT, zhIf } from '../i18n.tsx';

export function Reports() {
  const [items, setItems] = useState<ReportSummary[]>();
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<Error>();
  const [, navigate] = useLocation();
  const t = useT();
  useEffect(() => {
    api.reports().then((r) => setItems(r.items), setError);
  }, []);
  const submit = async () => {
    setError(undefined);
    try {
      const r = await api.createReport({ company, role: role || null, text });
      navigate(`/reports/${r.id}`);
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <>
      <h1>{t('面经', 'Interview reports')}</h1>
      <section className="card">
        <h2>{t('导入一篇面经', 'Import an interview report')}</h2>
        <p className="muted small">
          {t(
            '粘贴面试回忆（每行一道题，带不带编号都行）。每道题会匹配到题库里最接近的题，由你确认或改正；题库没有的留作你自己的题。',
            'Paste what you were asked (one question a line, numbered or not). Each line is matched to the closest question in the bank for you to confirm or correct; lines the bank lacks stay as your own questions.',
          )}
        </p>
        <div className="filters">
          <input
            placeholder={t('公司，如 字节跳动', 'Company, e.g. ByteDance')}
            value={company}
            onChange={(e) => setCompany(e.target.value)}
            data-testid="report-company"
          />
          <input
            placeholder={t('岗位（可选）', 'Role (optional)')}
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
        <textarea
          className="answer-box"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="report-text"
          {...zhIf(text)}
          placeholder={t(
            '1. KV Cache 显存怎么算？\n2. 讲讲 PagedAttention\n3. 手撕多头注意力',
            '1. How much memory does the KV cache take?\n2. Explain PagedAttention\n3. Write multi-head attention from scratch',
          )}
        />
        <button
          type="button"
          className="primary"
          onClick={submit}
          disabled={!company.trim() || !text.trim()}
          data-testid="report-submit"
        >
          {t('提取并匹配', 'Extract and match')}
        </button>
        {error && <ErrorNote error={error} />}
      </section>
      {!items && !error && <Loading />}
      {items && items.length > 0 && (
        <ul className="qlist" data-testid="report-list">
          {items.map((r) => (
            <li key={r.id}>
              <Link href={`/reports/${r.id}`} {...zhIf(r.company + (r.role ?? ''))}>
                {r.company}
                {r.role ? ` · ${r.role}` : ''}
              </Link>
              <span className="muted small">
                {t(
                  `${r.total} 题（题库 ${r.matched} · 自己的 ${r.own}） · `,
                  `${r.total} questions (${r.matched} in the bank · ${r.own} your own) · `,
                )}
                {r.createdAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ReportDetail() {
  const { id } = useParams<{ id: string }>();
  const [report, setReport] = useState<ReportView>();
  const [error, setError] = useState<Error>();
  const [message, setMessage] = useState('');
  const t = useT();
  useEffect(() => {
    api.report(id).then(setReport, setError);
  }, [id]);
  const update = async (
    item: ReportItemView,
    patch: Parameters<typeof api.updateReportItem>[2],
  ) => {
    try {
      setReport(await api.updateReportItem(id, item.id, patch));
    } catch (e) {
      setError(e as Error);
    }
  };
  if (error) return <ErrorNote error={error} />;
  if (!report) return <Loading />;
  const addAll = async () => {
    const r = await api.reportCards(id);
    setMessage(t(`已加入 ${r.added} 张复习卡片`, `Added ${r.added} review cards`));
  };
  return (
    <>
      <h1>
        <span {...zhIf(report.company + (report.role ?? ''))}>
          {report.company}
          {report.role ? ` · ${report.role}` : ''}
        </span>
        {t(' 面经', ' interview report')}
      </h1>
      <div className="set-actions">
        <button type="button" className="primary" onClick={addAll} data-testid="report-cards">
          {t('全部加入复习', 'Add all to review')}
        </button>
        <Link href={`/practice/report/${id}`} className="button">
          {t('练习这家公司的题', "Practise this company's questions")}
        </Link>
        <span className="muted small" role="status">
          {message}
        </span>
      </div>
      <ol className="report-items" data-testid="report-items">
        {report.items.map((it) => (
          <li key={it.id} className={`card status-${it.status}`} data-testid="report-item">
            <div className="report-text" {...zhIf(it.text)}>
              {it.text}
            </div>
            {it.status === 'own' ? (
              <>
                <div className="muted small">
                  {t(
                    '题库中没有对应的题，作为你自己的题保存。',
                    'The bank has no matching question: kept as your own question.',
                  )}
                </div>
                <textarea
                  className="answer-box"
                  rows={2}
                  placeholder={t(
                    '写下你的参考答案（复习时显示）',
                    'Write your reference answer (shown in review)',
                  )}
                  {...zhIf(it.ownAnswer)}
                  defaultValue={it.ownAnswer ?? ''}
                  onBlur={(e) =>
                    void update(it, { status: 'own', ownAnswer: e.target.value || null })
                  }
                />
              </>
            ) : (
              <div className="match">
                {it.status === 'confirmed'
                  ? t('✓ 已确认：', '✓ Confirmed: ')
                  : t('匹配：', 'Match: ')}
                {it.question && (
                  <Link href={`/q/${it.question.id}`} lang="zh-CN">
                    {it.question.title}
                  </Link>
                )}
              </div>
            )}
            <div className="candidates">
              <select
                value={it.status === 'own' ? '' : (it.questionId ?? '')}
                onChange={(e) =>
                  void update(
                    it,
                    e.target.value
                      ? { status: 'confirmed', questionId: e.target.value }
                      : { status: 'own' },
                  )
                }
                aria-label={t('改为题库中的另一道题', 'Change to another question of the bank')}
                data-testid="report-choice"
              >
                <option value="">
                  {t('题库里没有（我自己的题）', 'Not in the bank (my own question)')}
                </option>
                {it.candidates.map((c) => (
                  <option key={c.questionId} value={c.questionId} lang="zh-CN">
                    {c.title}
                  </option>
                ))}
              </select>
              {it.status === 'suggested' && (
                <button
                  type="button"
                  onClick={() =>
                    void update(it, { status: 'confirmed', questionId: it.questionId })
                  }
                  data-testid="report-confirm"
                >
                  {t('确认', 'Confirm')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
