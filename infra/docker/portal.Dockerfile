# The web portal's image: docker build -f infra/docker/portal.Dockerfile -t mieux/portal .
# (the build context is the repository root). Vite builds the static files; the runtime stage holds them,
# the portal's small server (server/serve.js: the files, /config.json from the environment, security
# headers) and its one production dependency, sirv.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json jest.preset.js ./
COPY scripts ./scripts
COPY packages ./packages
COPY apps ./apps
COPY infra/package.json ./infra/package.json
RUN npm ci --no-audit --no-fund
RUN npx turbo run build --filter=@mieux/portal

FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages ./packages
COPY --from=build /app/apps ./apps
COPY --from=build /app/infra/package.json ./infra/package.json
COPY --from=build /app/scripts/package.json ./scripts/package.json
# Production dependencies of the portal's server only (the page's libraries are in the build).
RUN npm ci --omit=dev --no-audit --no-fund --workspace @mieux/portal --include-workspace-root=false

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=4005
WORKDIR /app
COPY --from=runtime-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/apps/portal/package.json /app/apps/portal/package.json
COPY --from=build --chown=node:node /app/apps/portal/server /app/apps/portal/server
COPY --from=build --chown=node:node /app/apps/portal/dist /app/apps/portal/dist
USER node
# GRAPH_URL (the gateway's public address) and OIDC_AUTHORITY, OIDC_CLIENT_ID, OIDC_SCOPE configure the page.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4005) + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "apps/portal/server/serve.js"]
