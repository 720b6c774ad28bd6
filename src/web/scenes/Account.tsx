import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api/client.ts';
import { Loading, PasswordField } from '../components/bits.tsx';
import { refreshMe, useMe } from '../hooks/useMe.ts';
import { invalidate } from '../hooks/useResource.ts';
import { useT } from '../i18n.tsx';

function Message({ text, error }: { text: string | null; error?: boolean }) {
  if (!text) return null;
  return (
    <div className={error ? 'error-note' : 'ok-note'} role={error ? 'alert' : 'status'}>
      {text}
    </div>
  );
}

/** Export the user's data as JSON; in an account, import such a file (e.g. from the laptop). */
function DataTransfer({ account }: { account: boolean }) {
  const [replace, setReplace] = useState(false);
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);
  const t = useT();
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMsg(null);
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      setMsg({
        text: t(
          `${file.name} 不是 JSON 文件：请选择“导出数据”得到的 .json`,
          `${file.name} is not a JSON file: choose the .json that “Export data” saved`,
        ),
        error: true,
      });
      return;
    }
    try {
      const r = await api.importData(doc, replace);
      invalidate('');
      const n = r.imported;
      const unknown = r.unknownQuestions.length;
      setMsg({
        text: t(
          `已导入：${n.cards} 张卡片、${n.reviewLogs} 条复习记录、${n.notes} 条笔记、${n.reports} 份面经、${n.interviews} 场模拟面试。${
            unknown ? `（${unknown} 道题不在当前题库中，已保留记录）` : ''
          }`,
          `Imported: ${n.cards} cards, ${n.reviewLogs} review records, ${n.notes} notes, ${n.reports} interview reports, ${n.interviews} mock interviews.${
            unknown
              ? ` (${unknown} questions are not in the current bank; their records were kept.)`
              : ''
          }`,
        ),
      });
    } catch (e) {
      setMsg({ text: (e as Error).message, error: true });
    }
  };
  return (
    <section className="panel">
      <h2>{t('我的数据', 'My data')}</h2>
      <p className="muted">
        {t(
          '导出为一个 JSON 文件（格式 aigc-interview-user-data，版本 1）：复习卡片与记录、错题、收藏、笔记、计划、面经与模拟面试。',
          'Exported as one JSON file (format aigc-interview-user-data, version 1): review cards and records, mistakes, bookmarks, notes, plans, interview reports and mock interviews.',
        )}
      </p>
      <a
        className="button"
        href="/api/me/export"
        download="aigc-interview-data.json"
        data-testid="export-data"
      >
        {t('导出数据', 'Export data')}
      </a>
      {account ? (
        <div className="import-box">
          <label>
            {t('导入 JSON：', 'Import JSON: ')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import-file"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={replace}
              onChange={(e) => setReplace(e.target.checked)}
            />
            {t('替换账户中已有的数据', 'Replace the data already in the account')}
          </label>
        </div>
      ) : (
        <p className="muted small">
          {t(
            '要搬到团队服务器：在这里导出，再在服务器上登录你的账户，于“账户”页导入这个文件。',
            'To move to a team server: export here, log in to your account on the server, and import the file on its “Account” page.',
          )}
        </p>
      )}
      {msg && <Message text={msg.text} error={msg.error} />}
    </section>
  );
}

function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);
  const t = useT();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setMsg({
        text: t(
          '密码已修改；其他设备上的登录已全部退出。',
          'Password changed; every other device has been logged out.',
        ),
      });
    } catch (err) {
      setMsg({ text: (err as Error).message, error: true });
    }
  };
  return (
    <section className="panel">
      <h2>{t('修改密码', 'Change the password')}</h2>
      <form onSubmit={submit} className="auth-form">
        <PasswordField
          label={t('当前密码', 'Current password')}
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
        <PasswordField
          label={t('新密码', 'New password')}
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          rules
        />
        <button type="submit">{t('修改密码', 'Change the password')}</button>
      </form>
      {msg && <Message text={msg.text} error={msg.error} />}
    </section>
  );
}

function DeleteAccount() {
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.deleteAccount(password);
      invalidate('');
      await refreshMe();
      navigate('/login', { replace: true });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className="panel danger-zone">
      <h2>{t('删除账户', 'Delete the account')}</h2>
      <p className="muted">
        {t(
          '账户和其中的全部数据将被永久删除，无法恢复。需要的话先导出数据。',
          'The account and all of its data will be deleted for good. Export your data first if you need it.',
        )}
      </p>
      <form onSubmit={submit} className="auth-form">
        <PasswordField
          label={t('密码', 'Password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <label className="inline">
          <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
          {t('我明白数据无法恢复', 'I understand the data cannot be recovered')}
        </label>
        <button type="submit" className="danger" disabled={!sure}>
          {t('删除我的账户', 'Delete my account')}
        </button>
      </form>
      <Message text={error} error />
    </section>
  );
}

export function Account() {
  const state = useMe();
  const [, navigate] = useLocation();
  const t = useT();
  useEffect(() => {
    if (state.status === 'anonymous') navigate('/login?next=/account', { replace: true });
  }, [state.status, navigate]);
  if (state.status !== 'known') return <Loading />;
  const { me } = state;
  if (me.mode === 'local') {
    return (
      <>
        <h1>{t('账户', 'Account')}</h1>
        <p>
          {t(
            '本机模式：无需登录，数据保存在本机的 SQLite 数据库中。',
            'Local mode: no login needed; your data is kept in a SQLite database on this machine.',
          )}
        </p>
        <DataTransfer account={false} />
      </>
    );
  }
  const logout = async () => {
    await api.logout();
    invalidate('');
    await refreshMe();
    navigate('/login', { replace: true });
  };
  return (
    <>
      <h1>{t('账户', 'Account')}</h1>
      <p data-testid="account-name">
        {t('已登录：', 'Logged in as ')}
        <strong>{me.username}</strong>
        {me.createdAt && (
          <span className="muted">
            {t(
              `（注册于 ${me.createdAt.slice(0, 10)}）`,
              ` (registered on ${me.createdAt.slice(0, 10)})`,
            )}
          </span>
        )}{' '}
        <button type="button" onClick={() => void logout()} data-testid="logout">
          {t('退出登录', 'Log out')}
        </button>
      </p>
      <DataTransfer account />
      <ChangePassword />
      <DeleteAccount />
    </>
  );
}
