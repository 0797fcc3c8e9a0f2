# The API image. `docker compose up` builds it; nothing in the project's own commands needs Docker.
FROM node:20-bookworm-slim

WORKDIR /app

# NODE_ENV is deliberately left unset: `npm install` needs the dev dependencies (TypeScript) to
# build, and NODE_ENV=production refuses AUTH_MODE=demo. Set NODE_ENV=production at run time
# together with AUTH_MODE=oidc.
COPY package.json package-lock.json .npmrc ./
RUN npm install

COPY . .
RUN npm run build \
    && mkdir -p .data \
    && chown node:node .data

# .data holds the demo-mode signing key (DEV_TOKEN_KEY_FILE); it is the only path written at run time.
USER node
ENV PORT=3000
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
