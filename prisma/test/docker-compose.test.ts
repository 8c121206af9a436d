import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listSubgraphs, ROOT } from '../subgraph-databases.ts';

const file = path.join(ROOT, 'docker-compose.yml');
const env = {
  ...process.env,
  GATEWAY_SIGNING_SECRET: 's'.repeat(32),
  JWT_SECRET: 'j'.repeat(32),
  POSTGRES_PASSWORD: 'p',
};
const hasCompose = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;

describe('docker-compose.yml', () => {
  it.runIf(hasCompose)('is valid for docker compose', () => {
    expect(() =>
      execFileSync('docker', ['compose', '-f', file, 'config', '-q'], { env, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('runs postgres, redis, the gateway, every subgraph and the apps, each built from this repo', () => {
    const compose = parse(readFileSync(file, 'utf8'));
    const services = compose.services as Record<string, any>;
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining([
        'postgres',
        'redis',
        'gateway',
        'mcp-server',
        'tenant-dashboard',
        ...listSubgraphs().map((s) => s.name),
      ]),
    );
    for (const subgraph of listSubgraphs()) {
      const service = services[subgraph.name];
      expect(service.environment.DATABASE_URL).toContain(`/${subgraph.database}`);
      expect(services.gateway.environment[`SUBGRAPH_${subgraph.name.toUpperCase()}_URL`]).toBe(
        `http://${subgraph.name}:${subgraph.port}/graphql`,
      );
    }
    // Subscriptions: the gateway hears what subgraphs publish only on the same Redis.
    expect(services.gateway.environment.REDIS_URL).toBe(services.airtable.environment.REDIS_URL);
    expect(services.gateway.environment.REDIS_URL).toBe(services.llm.environment.REDIS_URL);
    // The apps reach the gateway by its service name and port.
    for (const app of ['mcp-server', 'tenant-dashboard'])
      expect(services[app].environment.GATEWAY_URL).toBe('http://gateway:4000/graphql');
    // Each service runs a file that exists: the image's default or its own command.
    for (const [name, service] of Object.entries(services)) {
      const target = service.build?.args?.SERVICE;
      if (!target || name === 'migrate') continue;
      const entry = service.command ? service.command.at(-1) : path.join(target, 'src/server.ts');
      expect(existsSync(path.join(ROOT, entry)), name).toBe(true);
    }
  });

  it('takes secrets from the environment and bakes none in', () => {
    const text = readFileSync(file, 'utf8');
    for (const name of [
      'GATEWAY_SIGNING_SECRET',
      'JWT_SECRET',
      'SECRETS_ENCRYPTION_KEY',
      'POSTGRES_PASSWORD',
    ]) {
      expect(text).toContain(`\${${name}:?`);
    }
    expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).not.toMatch(/SECRET|PASSWORD/);
  });
});
