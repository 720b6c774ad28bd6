/**
 * Noise schedules and samplers of diffusion models.
 *
 * Forward process (Ho et al. 2020): x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε, ᾱ_t = Π_{s≤t} (1 − β_s),
 * SNR(t) = ᾱ_t / (1 − ᾱ_t).
 * - linear: β from 1e-4 to 0.02 over T = 1000 steps (DDPM);
 * - cosine: ᾱ_t = f(t)/f(0), f(t) = cos²(((t/T + s)/(1 + s))·π/2), s = 0.008, β clipped at 0.999
 *   (Nichol & Dhariwal 2021);
 * - scaled-linear: √β linear from √0.00085 to √0.012 (the Stable Diffusion schedule).
 * DDIM (Song et al. 2021) samples on a subsequence of the T training steps, here evenly spaced.
 * Classifier-free guidance (Ho & Salimans 2022): ε̂ = ε_u + w·(ε_c − ε_u).
 */
export type Schedule = 'linear' | 'cosine' | 'scaled-linear';

export function alphaBars(schedule: Schedule, T = 1000): number[] {
  const betas: number[] = [];
  if (schedule === 'linear') {
    for (let t = 0; t < T; t++) betas.push(1e-4 + ((0.02 - 1e-4) * t) / (T - 1));
  } else if (schedule === 'scaled-linear') {
    const a = Math.sqrt(0.00085);
    const b = Math.sqrt(0.012);
    for (let t = 0; t < T; t++) betas.push((a + ((b - a) * t) / (T - 1)) ** 2);
  } else {
    const s = 0.008;
    const f = (t: number) => Math.cos(((t / T + s) / (1 + s)) * (Math.PI / 2)) ** 2;
    for (let t = 0; t < T; t++) betas.push(Math.min(0.999, 1 - f(t + 1) / f(t)));
  }
  const out: number[] = [];
  let prod = 1;
  for (const beta of betas) {
    prod *= 1 - beta;
    out.push(prod);
  }
  return out;
}

export function logSnr(alphaBar: number): number {
  return Math.log(alphaBar / (1 - alphaBar));
}

/** The training timesteps (0-based, descending) a DDIM sampler with `steps` steps visits. */
export function ddimTimesteps(steps: number, T = 1000): number[] {
  const stride = Math.floor(T / steps);
  return Array.from({ length: steps }, (_, k) => k * stride).reverse();
}

export function cfg(uncond: number[], cond: number[], w: number): number[] {
  return uncond.map((u, k) => u + w * (cond[k]! - u));
}
