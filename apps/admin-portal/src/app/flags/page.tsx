'use client';
import { FeatureFlags } from '../../components/feature-flags.tsx';
import { Shell } from '../../components/shell.tsx';

export default function FlagsPage() {
  return (
    <Shell title="Feature flags">
      <p className="muted">
        For every workspace. A tenant&apos;s own setting (on its page) wins over these. Pages pick a
        change up within 30 s.
      </p>
      <FeatureFlags workspaceId={null} />
    </Shell>
  );
}
