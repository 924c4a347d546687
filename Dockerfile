# The API image for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI is set), so
# no JDK is needed here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
COPY web ./web
COPY tsconfig.json ./
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "src/main.ts"]
