/** Progress: coverage and mastery per track and section, a radar per role, the review calendar,
 * the 30-day forecast, streaks and the weakest points. */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Dashboard as Data } from '../../core/practice/progress.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { Chart } from '../components/Chart.tsx';
import { type NameOf, useNames } from '../components/names.tsx';
import { useResource } from '../hooks/useResource.ts';
import { type T, useLang, useT, zhIf } from '../i18n.tsx';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const days = (k: number) => `${k} ${k === 1 ? 'day' : 'days'}`;

export function Dashboard() {
  const tz = -new Date().getTimezoneOffset();
  const { data, error } = useResource(`dashboard:${tz}`, () => api.dashboard(tz));
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return <DashboardView data={data} />;
}

function DashboardView({ data }: { data: Data }) {
  const [lang] = useLang();
  const t = useT();
  const name = useNames();
  const [role, setRole] = useState(data.radar[0]?.role ?? '');
  const radar = data.radar.find((r) => r.role === role) ?? data.radar[0];
  const radarOption = useMemo(
    () =>
      radar && {
        tooltip: {},
        radar: {
          indicator: radar.axes.map((a) => ({ name: name(a.section, a.title), max: 100 })),
          radius: '62%',
          axisName: { fontSize: 11 },
        },
        series: [
          {
            type: 'radar',
            data: [
              {
                value: radar.axes.map((a) => a.mastery),
                name: t(
                  `${radar.title} 掌握度`,
                  `${name(`role:${radar.role}`, radar.title)} mastery`,
                ),
                areaStyle: {},
              },
            ],
          },
        ],
      },
    [radar, name, t],
  );
  const calendarOption = useMemo(() => {
    const end = data.forecast[0]?.[0] ?? new Date().toISOString().slice(0, 10);
    const start = new Date(Date.parse(`${end}T00:00:00Z`) - 364 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const max = Math.max(1, ...data.calendar.map(([, n]) => n));
    return {
      tooltip: {
        formatter: (p: { value: [string, number] }) =>
          t(`${p.value[0]}：${p.value[1]} 次复习`, `${p.value[0]}: ${p.value[1]} reviews`),
      },
      visualMap: { min: 0, max, show: false, inRange: { color: ['#d6e4ff', '#2f5bea'] } },
      calendar: {
        range: [start, end],
        cellSize: ['auto', 13],
        left: 30,
        right: 10,
        top: 20,
        yearLabel: { show: false },
        dayLabel: { nameMap: lang === 'en' ? 'EN' : 'ZH' },
        monthLabel: { nameMap: lang === 'en' ? 'EN' : 'ZH' },
      },
      series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: data.calendar }],
    };
  }, [data, lang, t]);
  const forecastOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: data.forecast.map(([d]) => d.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('到期卡片', 'Cards due'),
          data: data.forecast.map(([, n]) => n),
          itemStyle: { color: '#2f5bea' },
        },
      ],
    }),
    [data, t],
  );
  const n = data.totals;
  return (
    <>
      <h1>{t('学习进度', 'Progress')}</h1>
      <div className="stat-row" data-testid="dashboard-totals">
        <Stat
          label={t('已复习题目', 'Questions reviewed')}
          value={`${n.reviewed} / ${n.questions}`}
        />
        <Stat label={t('复习卡片', 'Review cards')} value={n.cards} />
        <Stat label={t('今日到期', 'Due today')} value={n.dueToday} />
        <Stat label={t('累计复习', 'Reviews in all')} value={n.reviews} />
        <Stat
          label={t('连续打卡', 'Streak')}
          value={t(`${data.streak.current} 天`, days(data.streak.current))}
          sub={t(`最长 ${data.streak.longest} 天`, `longest ${days(data.streak.longest)}`)}
        />
      </div>
      <section className="card">
        <h2>{t('各方向覆盖与掌握', 'Coverage and mastery by track')}</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th>{t('方向 / 章节', 'Track / section')}</th>
              <th>{t('题数', 'Questions')}</th>
              <th>{t('覆盖', 'Coverage')}</th>
              <th>{t('平均记忆保持', 'Mean retention')}</th>
            </tr>
          </thead>
          <tbody>
            {data.tracks.map((tr) => (
              <TrackRows
                key={tr.id}
                track={tr}
                sections={data.sections.filter((s) => s.track === tr.id)}
                name={name}
              />
            ))}
          </tbody>
        </table>
      </section>
      <div className="chart-grid">
        <section className="card">
          <h2>
            {t('岗位雷达', 'Role radar')}{' '}
            <select
              value={role}
              onChange={(e) => setRole(e.target.value)}
              aria-label={t('岗位', 'Role')}
            >
              {data.radar.map((r) => (
                <option key={r.role} value={r.role}>
                  {name(`role:${r.role}`, r.title)}
                </option>
              ))}
            </select>
          </h2>
          {radarOption && <Chart option={radarOption} testId="chart-radar" />}
        </section>
        <section className="card">
          <h2>{t('未来 30 天到期', 'Due in the next 30 days')}</h2>
          <Chart option={forecastOption} testId="chart-forecast" />
        </section>
      </div>
      <section className="card">
        <h2>{t('复习日历', 'Review calendar')}</h2>
        <Chart option={calendarOption} height={170} testId="chart-calendar" />
      </section>
      <CompanyLists t={t} />
      <section className="card">
        <h2>{t('最薄弱的知识点', 'Weakest points')}</h2>
        {data.weakest.length === 0 ? (
          <p className="muted">
            {t(
              '复习几道题之后，这里会列出记忆最不牢的知识点。',
              'After a few reviews, the points you remember least well are listed here.',
            )}
          </p>
        ) : (
          <ul data-testid="weakest">
            {data.weakest.map((w) => (
              <li key={w.point}>
                <Link href={`/point/${w.point}`}>{name(w.point, w.title)}</Link>{' '}
                <span className="muted small">
                  {t(
                    `记忆保持 ${pct(w.retrievability)} · 遗忘 ${w.lapses} 次 · ${w.cards} 张卡`,
                    `retention ${pct(w.retrievability)} · forgotten ${w.lapses}× · ${w.cards} cards`,
                  )}
                </span>{' '}
                <Link href={`/practice/point/${w.point}`} className="small">
                  {t('练一练', 'Practise')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Stat({ label, value, sub }: { label: string; value: string | number; sub?: string }) {
  return (
    <div className="stat card">
      <div className="muted small">{label}</div>
      <div className="stat-value">{value}</div>
      {sub && <div className="muted small">{sub}</div>}
    </div>
  );
}

function TrackRows({
  track,
  sections,
  name,
}: {
  track: Data['tracks'][number];
  sections: Data['sections'];
  name: NameOf;
}) {
  return (
    <>
      <tr className="track-row">
        <td>{name(track.id, track.title)}</td>
        <td>{track.questions}</td>
        <td>
          <Bar value={track.coverage} />
        </td>
        <td>{pct(track.retrievability)}</td>
      </tr>
      {sections.map((s) => (
        <tr key={s.id}>
          <td className="indent">
            <Link href={`/outline/${s.track}#${s.id}`}>{name(s.id, s.title)}</Link>
          </td>
          <td>{s.questions}</td>
          <td>
            <Bar value={s.coverage} />
          </td>
          <td>{s.reviewed ? pct(s.retrievability) : '—'}</td>
        </tr>
      ))}
    </>
  );
}

function Bar({ value }: { value: number }) {
  return (
    <span className="bar" title={pct(value)}>
      <span style={{ width: pct(value) }} />
      <em>{pct(value)}</em>
    </span>
  );
}

/** Companies whose 面经 the user imported, to practise as lists. */
function CompanyLists({ t }: { t: T }) {
  const { data } = useResource('reports', api.reports);
  if (!data || data.items.length === 0) return null;
  return (
    <section className="card" data-testid="company-lists">
      <h2>{t('面经公司', 'Companies from your interview reports')}</h2>
      <ul>
        {data.items.map((r) => (
          <li key={r.id}>
            <Link href={`/reports/${r.id}`} {...zhIf(r.company + (r.role ?? ''))}>
              {r.company}
              {r.role ? ` · ${r.role}` : ''}
            </Link>{' '}
            <span className="muted small">
              {t(
                `${r.total} 题 · 题库 ${r.matched}`,
                `${r.total} questions · ${r.matched} in the bank`,
              )}
            </span>{' '}
            <Link href={`/practice/report/${r.id}`} className="small">
              {t('练习', 'Practise')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
