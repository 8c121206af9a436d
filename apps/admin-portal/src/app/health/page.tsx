'use client';
import { useQuery } from '@apollo/client/react';
import { Shell } from '../../components/shell.tsx';
import { EmptyState, ErrorState, formatDate, Loading } from '../../components/states.tsx';
import { HEALTH } from '../../lib/operations.ts';

export default function HealthPage() {
  return (
    <Shell title="System health">
      <Health />
    </Shell>
  );
}

function Health() {
  const { data, loading, error, refetch } = useQuery(HEALTH, { pollInterval: 10_000 });
  if (loading && !data) return <Loading label="Asking every service…" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const health = data!.adminSystemHealth;
  return (
    <>
      <p className={health.ready ? 'banner ok' : 'banner bad'} role="status">
        {health.ready ? 'Every service is ready.' : 'Some services are not ready.'} Checked{' '}
        {formatDate(health.checkedAt)}; refreshed every 10 s.
      </p>
      {health.services.length === 0 ? (
        <EmptyState>No services reported.</EmptyState>
      ) : (
        <table className="table">
          <caption className="sr-only">Readiness of each service</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Readiness</th>
            </tr>
          </thead>
          <tbody>
            {health.services.map((service) => (
              <tr key={service.name}>
                <th scope="row">{service.name}</th>
                <td>
                  <span className={service.ready ? 'pill ok' : 'pill bad'}>
                    {service.ready ? 'Ready' : 'Unavailable'}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
