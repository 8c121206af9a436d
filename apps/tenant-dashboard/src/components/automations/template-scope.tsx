'use client';
// Where the template picker writes: the input of the step card that last had the focus.
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';

export interface TemplateTarget {
  insert(text: string): void;
}

interface Scope {
  setTarget(target: TemplateTarget): void;
  /** Inserts into the last focused input; false when none has had the focus yet. */
  insert(text: string): boolean;
}

const TemplateScopeContext = createContext<Scope | null>(null);

/** Groups the inputs a template picker fills in (one step card, or the trigger). */
export function TemplateScope({ children }: { children: ReactNode }) {
  const target = useRef<TemplateTarget | null>(null);
  const scope = useMemo<Scope>(
    () => ({
      setTarget: (next) => {
        target.current = next;
      },
      insert: (text) => {
        if (!target.current) return false;
        target.current.insert(text);
        return true;
      },
    }),
    [],
  );
  return <TemplateScopeContext.Provider value={scope}>{children}</TemplateScopeContext.Provider>;
}

export function useTemplateScope(): Scope | null {
  return useContext(TemplateScopeContext);
}
