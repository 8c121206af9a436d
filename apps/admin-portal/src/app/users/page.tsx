'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { Pager, SearchBox } from '../../components/search-box.tsx';
import { Shell } from '../../components/shell.tsx';
import { EmptyState, ErrorState, formatDate, Loading } from '../../components/states.tsx';
import { usePages } from '../../components/use-pages.ts';
import { USERS } from '../../lib/operations.ts';

export default function UsersPage() {
  return (
    <Shell title="Users">
      <Users />
    </Shell>
  );
}

function Users() {
  const pages = usePages();
  const { data, loading, error, refetch } = useQuery(USERS, { variables: pages.variables });
  const list = data?.adminUsers;
  return (
    <>
      <SearchBox label="Search users by email or name" onSearch={pages.setSearch} />
      {loading && !list ? (
        <Loading label="Loading users…" />
      ) : error && !list ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list || list.edges.length === 0 ? (
        <EmptyState>
          {pages.variables.search ? 'No user matches that search.' : 'No users yet.'}
        </EmptyState>
      ) : (
        <>
          <table className="table">
            <caption className="sr-only">Users, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col" className="wide">
                  Name
                </th>
                <th scope="col" className="wide">
                  Joined
                </th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {list.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link href={`/users/${node.id}`}>{node.email}</Link>
                    {node.platformRole === 'ADMIN' && <span className="pill"> admin</span>}
                  </th>
                  <td className="wide">{node.name}</td>
                  <td className="wide">{formatDate(node.createdAt)}</td>
                  <td>
                    <span className={node.disabledAt ? 'pill bad' : 'pill ok'}>
                      {node.disabledAt ? 'Disabled' : 'Active'}
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
