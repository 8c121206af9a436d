'use client';
import { createContext, useContext } from 'react';

export interface ShellState {
  chatOpen: boolean;
  setChatOpen(open: boolean): void;
  navOpen: boolean;
  setNavOpen(open: boolean): void;
}

export const ShellContext = createContext<ShellState>({
  chatOpen: false,
  setChatOpen: () => undefined,
  navOpen: false,
  setNavOpen: () => undefined,
});

export function useShell(): ShellState {
  return useContext(ShellContext);
}
