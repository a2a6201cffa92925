# The GraphQL server as a production image: `docker build -t knowledge-graph-server .`
# It needs a Neo4j to talk to (NEO4J_URI, NEO4J_PASSWORD): docker-compose.yml runs one beside it.
# Stage 1 builds with the dev dependencies (TypeScript, esbuild for the browser pages); stage 2 holds
# the build and the production dependencies only, and runs as the unprivileged `node` user.
# tests/integration/production-install.test.ts replays the runtime stage without Docker: it copies
# what the COPY lines name, runs the same npm ci and starts the same command against a real Neo4j.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run -s build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema/export-context.jsonld ./schema/export-context.jsonld
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=512", "dist/main.js"]
