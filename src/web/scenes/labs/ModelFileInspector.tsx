/** Open a local .safetensors or .gguf file: only its header is read, nothing leaves the browser. */
import { useState } from 'react';
import { inspectModelFile, type ModelFileInfo } from '../../../core/labs/model-files.ts';
import { useT } from '../../i18n.tsx';
import { bytes, num } from './format.ts';

export function ModelFileInspector() {
  const [info, setInfo] = useState<ModelFileInfo & { file: string }>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const t = useT();
  const open = async (file: File) => {
    setBusy(true);
    setError('');
    setInfo(undefined);
    try {
      const src = {
        size: file.size,
        read: async (offset: number, length: number) =>
          new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
      };
      setInfo({ ...(await inspectModelFile(src, file.name)), file: file.name });
    } catch (e) {
      setError(`${file.name}${t('：', ': ')}${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card lab-calc" data-testid="model-file-inspector">
      <h2>{t('打开一个模型文件', 'Open a model file')}</h2>
      <p className="muted small">
        {t(
          '选择本地的 .safetensors 或 .gguf 文件。只读取文件头（张量表和元数据），文件内容不会上传，也不会整个读入内存。',
          'Choose a local .safetensors or .gguf file. Only its header (the tensor table and metadata) is read: the file is not uploaded, nor read into memory whole.',
        )}
      </p>
      <input
        type="file"
        accept=".safetensors,.gguf"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void open(f);
        }}
        data-testid="model-file-input"
      />
      {busy && <p className="muted">{t('读取中…', 'Reading…')}</p>}
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      {info && (
        <div data-testid="model-file-result">
          <table className="rubric lab-results">
            <tbody>
              <tr>
                <td>{t('格式', 'Format')}</td>
                <td className="value">
                  {info.format}
                  {info.version ? ` v${info.version}` : ''}
                </td>
              </tr>
              <tr>
                <td>{t('张量数', 'Tensors')}</td>
                <td className="value">{info.tensorCount}</td>
              </tr>
              <tr>
                <td>{t('参数量', 'Parameters')}</td>
                <td className="value">{num(info.parameters)}</td>
              </tr>
              <tr>
                <td>{t('权重数据（≈ 加载所需显存）', 'Weight data (≈ memory needed to load)')}</td>
                <td className="value">{bytes(info.dataBytes)}</td>
              </tr>
              {Object.entries(info.dtypes).map(([d, n]) => (
                <tr key={d}>
                  <td>{d}</td>
                  <td className="value">
                    {num(n)} {t('个参数', 'parameters')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>
              {t(
                `元数据（${Object.keys(info.metadata).length} 项）`,
                `Metadata (${Object.keys(info.metadata).length} entries)`,
              )}
            </summary>
            <pre className="metadata">
              {JSON.stringify(info.metadata, null, 2).slice(0, 20_000)}
            </pre>
          </details>
          <details open>
            <summary>{t('张量（前 200 个）', 'Tensors (first 200)')}</summary>
            <table className="progress-table">
              <tbody>
                {info.tensors.slice(0, 200).map((t) => (
                  <tr key={t.name}>
                    <td>{t.name}</td>
                    <td>{t.dtype}</td>
                    <td>[{t.shape.join(', ')}]</td>
                    <td>{bytes(t.bytes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      )}
    </section>
  );
}
