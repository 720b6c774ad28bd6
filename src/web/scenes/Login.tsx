import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api } from '../api/client.ts';
import { PasswordField } from '../components/bits.tsx';
import { refreshMe } from '../hooks/useMe.ts';
import { invalidate } from '../hooks/useResource.ts';
import { useT } from '../i18n.tsx';

/** Log in or register (server mode). Afterwards, back to the page that asked. */
export function Login() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const next = new URLSearchParams(search).get('next');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'login') await api.login(username, password);
      else await api.register(username, password);
      invalidate('');
      await refreshMe();
      navigate(target, { replace: true });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="auth-card" data-testid="login">
      <h1>{mode === 'login' ? t('登录', 'Log in') : t('注册账户', 'Register')}</h1>
      <p className="muted">
        {t(
          '这个站点为多人提供服务：复习卡片、笔记、模拟面试都保存在你的账户里。题库、搜索与实验室无需登录。',
          'This site serves many people: your review cards, notes and mock interviews are kept in your account. The bank, search and labs need no login.',
        )}
      </p>
      <form onSubmit={submit} className="auth-form">
        <label>
          {t('用户名', 'Username')}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            minLength={3}
            maxLength={32}
            pattern="[A-Za-z0-9_.\-]+"
            title={t('3–32 个字符：字母、数字、_ . -', '3–32 characters: letters, digits, _ . -')}
          />
        </label>
        <PasswordField
          label={t('密码', 'Password')}
          name="password"
          autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          value={password}
          onChange={setPassword}
          rules
        />
        {mode === 'register' && (
          <p className="muted small">
            {t(
              '至少 8 个字符；密码以 argon2id 加盐哈希保存。',
              'At least 8 characters; the password is stored as a salted argon2id hash.',
            )}
          </p>
        )}
        {error && (
          <div className="error-note" role="alert">
            {error}
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'login' ? t('登录', 'Log in') : t('注册并登录', 'Register and log in')}
        </button>
      </form>
      <p>
        {mode === 'login'
          ? t('还没有账户？', 'No account yet? ')
          : t('已有账户？', 'Have an account? ')}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setMode(mode === 'login' ? 'register' : 'login');
            setError(null);
          }}
        >
          {mode === 'login' ? t('注册', 'Register') : t('登录', 'Log in')}
        </button>
        {' · '}
        <Link href="/outline">{t('先看看题库', 'Browse the bank first')}</Link>
      </p>
    </section>
  );
}
