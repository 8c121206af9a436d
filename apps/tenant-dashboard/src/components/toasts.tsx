'use client';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { errorText } from '../lib/errors.ts';
import { Icon } from './icons.tsx';

interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
  action?: ToastAction;
}

/** A button on a toast (Undo), which also dismisses it. */
export interface ToastAction {
  label: string;
  run(): void;
}

interface Toasts {
  show(text: string, tone?: Toast['tone'], action?: ToastAction): void;
  /** Shows an error in words. */
  error(error: unknown): void;
}

const ToastContext = createContext<Toasts>({ show: () => undefined, error: () => undefined });

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);
  const show = useCallback(
    (text: string, tone: Toast['tone'] = 'info', action?: ToastAction) => {
      const id = nextId++;
      setToasts((list) => [...list.slice(-3), { id, tone, text, action }]);
      setTimeout(() => dismiss(id), tone === 'error' || action ? 8000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(
    () => ({ show, error: (error: unknown) => show(errorText(error), 'error') }),
    [show],
  );
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="polite" aria-atomic="false">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.tone}`}
            role={toast.tone === 'error' ? 'alert' : 'status'}
          >
            <Icon name={toast.tone === 'error' ? 'alert' : 'check'} size={16} />
            <span>{toast.text}</span>
            {toast.action ? (
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss"
              onClick={() => dismiss(toast.id)}
            >
              <Icon name="close" size={14} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): Toasts {
  return useContext(ToastContext);
}
