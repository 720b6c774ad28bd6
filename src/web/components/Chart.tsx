/** One ECharts chart; the option is rebuilt on theme changes and the chart follows its box's size. */
import { useEffect, useRef } from 'react';
import { loadECharts } from './charts.ts';

export function Chart({
  option,
  height = 320,
  testId,
}: {
  option: Record<string, unknown>;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: unknown): void; resize(): void; dispose(): void } | undefined;
    const observer = new ResizeObserver(() => chart?.resize());
    loadECharts().then((echarts) => {
      if (disposed || !box.current) return;
      const dark = document.documentElement.dataset.theme === 'dark';
      chart = echarts.init(box.current, dark ? 'dark' : undefined, { renderer: 'svg' });
      chart.setOption({ backgroundColor: 'transparent', ...option });
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return <div ref={box} style={{ height, width: '100%' }} data-testid={testId} className="chart" />;
}
