# One image for every service; SERVICE picks the workspace to run (e.g. subgraphs/identity).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 TURBO_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci --no-audit --no-fund && npm run generate && chown -R node:node /app
USER node
ARG SERVICE
ENV SERVICE=${SERVICE}
CMD ["sh", "-c", "exec npx tsx \"$SERVICE/src/server.ts\""]
