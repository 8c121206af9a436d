# One image per service from this repo; SERVICE picks the workspace to run (e.g. subgraphs/identity).
FROM node:20-bookworm-slim
WORKDIR /app
ENV HOST=0.0.0.0 TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
ARG SERVICE
ENV SERVICE=${SERVICE}
COPY . .
# Dev dependencies too: the services run their TypeScript through tsx, and generate / build need
# turbo, prisma and Next.js. The tenant dashboard's and admin portal's production builds are
# made here, once.
RUN npm ci --include=dev --no-audit --no-fund \
  && npm run generate \
  && if [ "$SERVICE" = apps/tenant-dashboard ]; then npm run build -w @pyairtable/tenant-dashboard; fi \
  && if [ "$SERVICE" = apps/admin-portal ]; then npm run build -w @pyairtable/admin-portal; fi \
  && chown -R node:node /app
ENV NODE_ENV=production
USER node
CMD ["sh", "-c", "exec npx tsx \"$SERVICE/src/server.ts\""]
