/**
 * Any OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen/DashScope, Ollama, vLLM, SGLang,
 * LMDeploy…), configured by environment: LLM_BASE_URL, LLM_MODEL, LLM_API_KEY (optional for local
 * servers), LLM_TIMEOUT_MS. The key never leaves the server and is never logged.
 */
import type OpenAI from 'openai';

/** The SDK, loaded with the first grading (never at server start). */
let sdk: typeof OpenAI | undefined;

import type { CompiledQuestion } from '../../core/bundle.ts';
import { gradingMessages, type LlmVerdict, parseVerdict } from '../../core/interview/llm.ts';

export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey: string;
  timeoutMs: number;
}

export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  if (!env.LLM_BASE_URL || !env.LLM_MODEL) return null;
  return {
    baseUrl: env.LLM_BASE_URL,
    model: env.LLM_MODEL,
    apiKey: env.LLM_API_KEY || 'not-needed',
    timeoutMs: Number(env.LLM_TIMEOUT_MS) || 30_000,
  };
}

export class LlmGrader {
  private client?: OpenAI;

  /** The model's name, for the health check and logs (never the key). */
  get model(): string {
    return this.config.model;
  }

  constructor(private readonly config: LlmConfig) {}

  /** The SDK loads on the first grading, not at server start. */
  private async openai(): Promise<OpenAI> {
    if (!this.client) {
      sdk ??= (await import('openai')).default;
      this.client = new sdk({
        baseURL: this.config.baseUrl,
        apiKey: this.config.apiKey,
        timeout: this.config.timeoutMs,
        maxRetries: 0,
      });
    }
    return this.client;
  }

  /**
   * Stream the model's reply (each text delta to `onDelta`) and return the validated verdict.
   * A malformed reply is retried once; errors and timeouts throw for the caller to fall back.
   */
  async grade(
    q: CompiledQuestion,
    answer: string,
    onDelta: (text: string) => void = () => {},
  ): Promise<LlmVerdict> {
    let lastError: Error | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const client = await this.openai();
      const stream = await client.chat.completions.create(
        {
          model: this.config.model,
          messages: gradingMessages(q, answer),
          stream: true,
          temperature: 0,
        },
        { timeout: this.config.timeoutMs },
      );
      let text = '';
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content ?? '';
        if (delta) {
          text += delta;
          onDelta(delta);
        }
      }
      try {
        return parseVerdict(q, text);
      } catch (e) {
        lastError = e as Error;
      }
    }
    throw lastError ?? new Error('the model gave no usable answer');
  }
}

/** A short reason for the notice shown when the LLM is not used, without secrets. */
export function describeLlmError(e: unknown): string {
  if (sdk && e instanceof sdk.APIError) {
    if (e.status === 401 || e.status === 403) return '模型服务拒绝了密钥（401/403）';
    if (e.status) return `模型服务返回错误 ${e.status}`;
  }
  if (
    (sdk && e instanceof sdk.APIConnectionTimeoutError) ||
    (e instanceof Error && /timed? ?out/i.test(e.message))
  )
    return '模型服务超时';
  if (sdk && e instanceof sdk.APIConnectionError) return '连不上模型服务';
  return e instanceof Error ? e.message : '未知错误';
}
