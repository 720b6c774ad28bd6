/** Progress: coverage and mastery per track and section, a radar per role, the review calendar,
 * the 30-day forecast, streaks and the weakest points. */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Dashboard as Data } from '../../core/practice/progress.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { Chart } from '../components/Chart.tsx';
import { useResource } from '../hooks/useResource.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function Dashboard() {
  const tz = -new Date().getTimezoneOffset();
  const { data, error } = useResource(`dashboard:${tz}`, () => api.dashboard(tz));
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return <DashboardView data={data} />;
}

function DashboardView({ data }: { data: Data }) {
  const [role, setRole] = useState(data.radar[0]?.role ?? '');
  const radar = data.radar.find((r) => r.role === role) ?? data.radar[0];
  const radarOption = useMemo(
    () =>
      radar && {
        tooltip: {},
        radar: {
          indicator: radar.axes.map((a) => ({ name: a.title, max: 100 })),
          radius: '62%',
          axisName: { fontSize: 11 },
        },
        series: [
          {
            type: 'radar',
            data: [
              {
                value: radar.axes.map((a) => a.mastery),
                name: `${radar.title} 掌握度`,
                areaStyle: {},
              },
            ],
          },
        ],
      },
    [radar],
  );
  const calendarOption = useMemo(() => {
    const end = data.forecast[0]?.[0] ?? new Date().toISOString().slice(0, 10);
    const start = new Date(Date.parse(`${end}T00:00:00Z`) - 364 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const max = Math.max(1, ...data.calendar.map(([, n]) => n));
    return {
      tooltip: {
        formatter: (p: { value: [string, number] }) => `${p.value[0]}：${p.value[1]} 次复习`,
      },
      visualMap: { min: 0, max, show: false, inRange: { color: ['#d6e4ff', '#2f5bea'] } },
      calendar: {
        range: [start, end],
        cellSize: ['auto', 13],
        left: 30,
        right: 10,
        top: 20,
        yearLabel: { show: false },
        dayLabel: { nameMap: 'ZH' },
        monthLabel: { nameMap: 'ZH' },
      },
      series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: data.calendar }],
    };
  }, [data]);
  const forecastOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: data.forecast.map(([d]) => d.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '到期卡片',
          data: data.forecast.map(([, n]) => n),
          itemStyle: { color: '#2f5bea' },
        },
      ],
    }),
    [data],
  );
  const t = data.totals;
  return (
    <>
      <h1>学习进度</h1>
      <div className="stat-row" data-testid="dashboard-totals">
        <Stat label="已复习题目" value={`${t.reviewed} / ${t.questions}`} />
        <Stat label="复习卡片" value={t.cards} />
        <Stat label="今日到期" value={t.dueToday} />
        <Stat label="累计复习" value={t.reviews} />
        <Stat
          label="连续打卡"
          value={`${data.streak.current} 天`}
          sub={`最长 ${data.streak.longest} 天`}
        />
      </div>
      <section className="card">
        <h2>各方向覆盖与掌握</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th>方向 / 章节</th>
              <th>题数</th>
              <th>覆盖</th>
              <th>平均记忆保持</th>
            </tr>
          </thead>
          <tbody>
            {data.tracks.map((tr) => (
              <TrackRows
                key={tr.id}
                track={tr}
                sections={data.sections.filter((s) => s.track === tr.id)}
              />
            ))}
          </tbody>
        </table>
      </section>
      <div className="chart-grid">
        <section className="card">
          <h2>
            岗位雷达{' '}
            <select value={role} onChange={(e) => setRole(e.target.value)} aria-label="岗位">
              {data.radar.map((r) => (
                <option key={r.role} value={r.role}>
                  {r.title}
                </option>
              ))}
            </select>
          </h2>
          {radarOption && <Chart option={radarOption} testId="chart-radar" />}
        </section>
        <section className="card">
          <h2>未来 30 天到期</h2>
          <Chart option={forecastOption} testId="chart-forecast" />
        </section>
      </div>
      <section className="card">
        <h2>复习日历</h2>
        <Chart option={calendarOption} height={170} testId="chart-calendar" />
      </section>
      <CompanyLists />
      <section className="card">
        <h2>最薄弱的知识点</h2>
        {data.weakest.length === 0 ? (
          <p className="muted">复习几道题之后，这里会列出记忆最不牢的知识点。</p>
        ) : (
          <ul data-testid="weakest">
            {data.weakest.map((w) => (
              <li key={w.point}>
                <Link href={`/point/${w.point}`}>{w.title}</Link>{' '}
                <span className="muted small">
                  记忆保持 {pct(w.retrievability)} · 遗忘 {w.lapses} 次 · {w.cards} 张卡
                </span>{' '}
                <Link href={`/practice/point/${w.point}`} className="small">
                  练一练
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
}: {
  track: Data['tracks'][number];
  sections: Data['sections'];
}) {
  return (
    <>
      <tr className="track-row">
        <td>{track.title}</td>
        <td>{track.questions}</td>
        <td>
          <Bar value={track.coverage} />
        </td>
        <td>{pct(track.retrievability)}</td>
      </tr>
      {sections.map((s) => (
        <tr key={s.id}>
          <td className="indent">
            <Link href={`/outline/${s.track}#${s.id}`}>{s.title}</Link>
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
function CompanyLists() {
  const { data } = useResource('reports', api.reports);
  if (!data || data.items.length === 0) return null;
  return (
    <section className="card" data-testid="company-lists">
      <h2>面经公司</h2>
      <ul>
        {data.items.map((r) => (
          <li key={r.id}>
            <Link href={`/reports/${r.id}`}>
              {r.company}
              {r.role ? ` · ${r.role}` : ''}
            </Link>{' '}
            <span className="muted small">
              {r.total} 题 · 题库 {r.matched}
            </span>{' '}
            <Link href={`/practice/report/${r.id}`} className="small">
              练习
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
