/** Human-readable numbers for lab results. */
import type { T } from '../../i18n.tsx';

export function bytes(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v >= 100 || u === 0 ? 0 : 2)} ${units[u]}`;
}

export function gb(n: number): string {
  return `${(n / 1e9).toFixed(2)} GB`;
}

export function num(n: number): string {
  if (Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-2 && n !== 0)) return n.toExponential(3);
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}

export function seconds(s: number, t: T = (zh) => zh): string {
  if (s < 1e-3) return `${(s * 1e6).toFixed(1)} μs`;
  if (s < 1) return `${(s * 1e3).toFixed(2)} ms`;
  if (s < 3600) return `${s.toFixed(2)} s`;
  if (s < 86400 * 2) return `${(s / 3600).toFixed(1)} ${t('小时', 'h')}`;
  return `${(s / 86400).toFixed(1)} ${t('天', 'days')}`;
}
