/**
 * Who is using the app: the local user (no login), an account, or nobody yet (server mode
 * without a session). One request shared by every component; `refreshMe` after login or logout.
 */
import { useEffect, useState } from 'react';
import { api, type Me, UnauthenticatedError } from '../api/client.ts';

export type MeState = { status: 'loading' } | { status: 'anonymous' } | { status: 'known'; me: Me };

let current: MeState = { status: 'loading' };
let pending: Promise<void> | null = null;
const listeners = new Set<(s: MeState) => void>();

function set(state: MeState) {
  current = state;
  for (const l of listeners) l(state);
}

export function refreshMe(): Promise<void> {
  pending = api.me().then(
    ({ user }) => set({ status: 'known', me: user }),
    (e) => set(e instanceof UnauthenticatedError ? { status: 'anonymous' } : { status: 'loading' }),
  );
  return pending;
}

export function useMe(): MeState {
  const [state, setState] = useState(current);
  useEffect(() => {
    listeners.add(setState);
    if (!pending) void refreshMe();
    else setState(current);
    return () => {
      listeners.delete(setState);
    };
  }, []);
  return state;
}
