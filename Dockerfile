# The API image for docker-compose.yml: the compiled server (npm run build) run by plain node, as
# the unprivileged `node` user. Neo4j runs in its own container (NEO4J_URI is set), so no JDK here.

# Build: all dependencies, TypeScript → dist/server, page bundles → dist/web.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY src ./src
COPY web ./web
COPY scripts ./scripts
RUN npm run build

# Run: production dependencies, the build, the SDL and the seed data.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seeds ./seeds
# HOST=0.0.0.0: inside a container the API must listen on the container's interface (the default,
# 127.0.0.1, is for local use); docker-compose.yml publishes it on the host's 127.0.0.1 only.
# Introspection and the explorer are set explicitly: NODE_ENV=production must not turn them off.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 KG_INTROSPECTION=true KG_EXPLORER=true
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/main.js"]
