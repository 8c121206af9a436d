'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { Pager, SearchBox } from '../../components/search-box.tsx';
import { Shell } from '../../components/shell.tsx';
import { EmptyState, ErrorState, formatDate, Loading } from '../../components/states.tsx';
import { usePages } from '../../components/use-pages.ts';
import { TENANTS } from '../../lib/operations.ts';

export default function TenantsPage() {
  return (
    <Shell title="Tenants">
      <Tenants />
    </Shell>
  );
}

function Tenants() {
  const pages = usePages();
  const { data, loading, error, refetch } = useQuery(TENANTS, { variables: pages.variables });
  const list = data?.adminWorkspaces;
  return (
    <>
      <SearchBox label="Search tenants by name or id" onSearch={pages.setSearch} />
      {loading && !list ? (
        <Loading label="Loading tenants…" />
      ) : error && !list ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list || list.edges.length === 0 ? (
        <EmptyState>
          {pages.variables.search ? 'No tenant matches that search.' : 'No tenants yet.'}
        </EmptyState>
      ) : (
        <>
          <table className="table">
            <caption className="sr-only">Tenants, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Members</th>
                <th scope="col" className="wide">
                  Created
                </th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {list.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link href={`/tenants/${node.id}`}>{node.name}</Link>
                  </th>
                  <td>{node.memberCount}</td>
                  <td className="wide">{formatDate(node.createdAt)}</td>
                  <td>
                    <span className={node.suspendedAt ? 'pill bad' : 'pill ok'}>
                      {node.suspendedAt ? 'Suspended' : 'Active'}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={pages.page}
            total={list.totalCount}
            hasNext={list.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(list.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
