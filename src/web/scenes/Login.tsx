import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api } from '../api/client.ts';
import { refreshMe } from '../hooks/useMe.ts';
import { invalidate } from '../hooks/useResource.ts';

/** Log in or register (server mode). Afterwards, back to the page that asked. */
export function Login() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
      <h1>{mode === 'login' ? '登录' : '注册账户'}</h1>
      <p className="muted">
        这个站点为多人提供服务：复习卡片、笔记、模拟面试都保存在你的账户里。题库、搜索与实验室无需登录。
      </p>
      <form onSubmit={submit} className="auth-form">
        <label>
          用户名
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            minLength={3}
            maxLength={32}
            pattern="[A-Za-z0-9_.\-]+"
            title="3–32 个字符：字母、数字、_ . -"
          />
        </label>
        <label>
          密码
          <input
            name="password"
            type="password"
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            minLength={8}
            maxLength={256}
          />
        </label>
        {mode === 'register' && (
          <p className="muted small">至少 8 个字符；密码以 argon2id 加盐哈希保存。</p>
        )}
        {error && (
          <div className="error-note" role="alert">
            {error}
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'login' ? '登录' : '注册并登录'}
        </button>
      </form>
      <p>
        {mode === 'login' ? '还没有账户？' : '已有账户？'}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setMode(mode === 'login' ? 'register' : 'login');
            setError(null);
          }}
        >
          {mode === 'login' ? '注册' : '登录'}
        </button>
        {' · '}
        <Link href="/outline">先看看题库</Link>
      </p>
    </section>
  );
}
