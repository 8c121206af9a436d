import { Kind, parse, type ConstArgumentNode } from 'graphql';

export interface SubgraphRoute {
  name: string;
  url: string;
}

function stringArg(
  args: readonly ConstArgumentNode[] | undefined,
  name: string,
): string | undefined {
  const value = args?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The subgraphs named in a supergraph SDL's join__Graph enum, after SUBGRAPH_<NAME>_URL overrides. */
export function subgraphRoutes(
  supergraphSdl: string,
  overrides: Record<string, string>,
): SubgraphRoute[] {
  const graphEnum = parse(supergraphSdl).definitions.find(
    (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
  );
  if (graphEnum?.kind !== Kind.ENUM_TYPE_DEFINITION)
    throw new Error('Not a supergraph: no join__Graph enum.');
  return (graphEnum.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const name = stringArg(directive?.arguments, 'name') ?? value.name.value.toLowerCase();
    return { name, url: overrides[name] ?? stringArg(directive?.arguments, 'url') ?? '' };
  });
}
