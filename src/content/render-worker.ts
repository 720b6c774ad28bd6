/** A render worker (see render-pool.ts): renders its share of questions and posts the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { getRenderer } from './markdown.ts';
import { renderFields } from './render.ts';
import type { RenderShare } from './render-pool.ts';

const { jobs } = workerData as RenderShare;
const renderer = await getRenderer();
parentPort?.postMessage(jobs.map((fields) => renderFields(fields, renderer)));
