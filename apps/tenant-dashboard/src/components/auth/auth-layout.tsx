import type { ReactNode } from 'react';
import { Icon } from '../icons.tsx';

export function Brand() {
  return (
    <span className="brand">
      <span className="brand-mark">
        <Icon name="base" size={17} />
      </span>
      PyAirtable
    </span>
  );
}

export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="auth">
      <title>{`${title} · PyAirtable`}</title>
      <div className="auth-card">
        <header>
          <Brand />
          <h1 style={{ marginTop: 14 }}>{title}</h1>
          {subtitle ? <p>{subtitle}</p> : null}
        </header>
        {children}
        {footer ? <div className="auth-footer">{footer}</div> : null}
      </div>
    </main>
  );
}
