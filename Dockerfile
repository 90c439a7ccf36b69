# syntax=docker/dockerfile:1
# Gemeente CRM: the API, which also serves the web app. Expects DATABASE_URL and the OIDC_* settings.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/var/lib/gemeente-crm WEB_DIST_DIR=/app/apps/web/dist
WORKDIR /app
RUN groupadd --system crm && useradd --system --gid crm --home-dir /app crm \
  && mkdir -p /var/lib/gemeente-crm && chown crm:crm /var/lib/gemeente-crm
COPY --from=build --chown=crm:crm /app/node_modules ./node_modules
COPY --from=build --chown=crm:crm /app/dist ./dist
COPY --from=build --chown=crm:crm /app/apps/web/dist ./apps/web/dist
COPY --from=build --chown=crm:crm /app/package.json ./package.json
USER crm
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations run at start-up (MIGRATIONS_RUN=true); replicas serialise them through PostgreSQL.
CMD ["node", "--enable-source-maps", "dist/api/apps/api/src/main.js"]
