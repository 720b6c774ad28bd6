/** The interactive labs. Questions link to them with `labs:`; each lab has a page and a command. */
export const LABS = [
  { id: 'gpu-memory', title: '显存估算', title_en: 'GPU memory' },
  { id: 'kv-cache', title: 'KV Cache 与分页', title_en: 'KV cache and paging' },
  { id: 'flops-roofline', title: 'FLOPs 与 Roofline', title_en: 'FLOPs and roofline' },
  { id: 'quantization', title: '量化误差', title_en: 'Quantization' },
  { id: 'collectives', title: '集合通信', title_en: 'Collective communication' },
  { id: 'batching', title: '批处理与调度', title_en: 'Batching and scheduling' },
  { id: 'sampling', title: '解码与采样', title_en: 'Decoding and sampling' },
  { id: 'tokenizer', title: 'BPE 分词器', title_en: 'Tokenizer' },
  { id: 'attention', title: '注意力计算', title_en: 'Attention' },
  { id: 'diffusion', title: '扩散噪声调度', title_en: 'Diffusion schedules' },
  { id: 'lora', title: 'LoRA 参数与显存', title_en: 'LoRA' },
  { id: 'model-files', title: '模型文件解析', title_en: 'Model files' },
] as const;

export type LabId = (typeof LABS)[number]['id'];

export const LAB_IDS: ReadonlySet<string> = new Set(LABS.map((l) => l.id));
