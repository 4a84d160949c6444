import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useAction } from '../api/hooks.ts';
import { InlineError } from '../components/ui.tsx';
import type { Me } from '../session.tsx';

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useAction(async () => {
    // The session cookie the login sets is HttpOnly: the console never holds the token.
    await api('POST', '/v1/auth/login', { email, password }, { silent401: true });
    return api<Me>('GET', '/v1/auth/me');
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const me = await login.run();
    if (me) onSignedIn(me);
  };
  return (
    <div className="login">
      <form className="login-card" onSubmit={submit}>
        <div className="login-brand">
          <svg viewBox="0 0 32 32" width="40" height="40" aria-hidden="true">
            <path d="M16 2 4 7v8c0 7.5 5.1 13.2 12 15 6.9-1.8 12-7.5 12-15V7z" fill="#0f766e" />
            <path d="m11 16 3.5 3.5L21 13" stroke="#fff" strokeWidth="2.4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <div>
            <h1>Warden</h1>
            <p className="muted">Review console</p>
          </div>
        </div>
        <label className="field">
          <span className="field-label">Work email</span>
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Password</span>
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <InlineError error={login.error} />
        <button type="submit" className="btn btn-primary btn-block" disabled={login.pending}>
          {login.pending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted small">Reviewer accounts are created by an admin (POST /v1/admin/users or the warden CLI).</p>
      </form>
    </div>
  );
}
