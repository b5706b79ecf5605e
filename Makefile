# Knooppunt — the two commands of the README quick start, and a few more.
#
#   make run         install what is missing, build the release, serve it with PocketBase
#                    (app + API, demo network seeded on first start) on http://127.0.0.1:8080
#   make test        install what tests need and run every test layer (scripts/test.sh)
#
#   make run-static  the release build with the static demo data, no PocketBase (read-only)
#   make build       release build into dist/, split per route (scripts/build.mjs)
#   make dev         trunk serve (debug build, rebuilds on change)
#   make demo-data   regenerate the demo network in public/data
#   make bench       bundle sizes and load time of /members (tests/bench/run.sh)
#   make bench-directory  directory search latency with 10 000 members, both backends
#   make bench-wall  wall load, live latency and long tasks with 50 000 posts in PocketBase
#   make bench-load  the rush: mixed page views and writes at 50 and 200 connections (wrk)
#   make lighthouse  Lighthouse scores and metrics of /, /members and /wall (scripts/lighthouse.mjs)
#   make lint        rustfmt and clippy (host and wasm32)
#   make tools       only install the build tools (scripts/install-tools.sh)

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Tools live in ./node_modules/.bin (wasm-opt, playwright) and ~/.cargo/bin (trunk,
# wasm-bindgen). trunk finds wasm-bindgen and wasm-opt on PATH only (offline mode).
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: help run run-static build dev test demo-data bench bench-directory bench-wall bench-load lighthouse lint tools

help:
	@sed -n '3,15p' $(firstword $(MAKEFILE_LIST)) | sed 's/^# \{0,1\}//'

tools:
	@scripts/install-tools.sh

# PocketBase (installed into .tools/) serves dist/ and the API on one origin; data in .run/
# (git-ignored), kept across restarts. See backend/pocketbase/run.sh.
run: build
	@exec backend/pocketbase/run.sh --host $(HOST) --port $(PORT)

run-static: build
	@echo "Knooppunt wordt gestart op http://$(HOST):$(PORT) (stoppen met Ctrl-C)"
	@exec node scripts/serve.mjs --dir dist --host $(HOST) --port $(PORT)

build: tools
	@if [[ ! -d public/data ]]; then $(MAKE) --no-print-directory demo-data; fi
	node scripts/build.mjs

dev: tools
	trunk serve

test:
	@scripts/test.sh

demo-data:
	cargo run -p demo-gen --release -- public/data

bench: tools
	@tests/bench/run.sh

bench-directory: tools
	@tests/bench/directory.sh

bench-wall: tools
	@tests/bench/wall.sh

bench-load:
	@tests/bench/load-rush.sh

# The release build, then Lighthouse (pinned in package.json) with the system Chromium:
# 3 runs each of /, /members and /wall, reports in target/lighthouse/. Measures, never fails on a score.
lighthouse: build
	@node scripts/lighthouse.mjs --dist dist --runs $(or $(LIGHTHOUSE_RUNS),3)

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

# make snapshot URL=https://netwerk.example OUT=dist/data: what a visitor of that PocketBase
# may see, as data/*.json for the static backend (a read-only mirror). scripts/snapshot.mjs
URL ?=
OUT ?= dist/data
.PHONY: snapshot
snapshot:
	@node scripts/snapshot.mjs --url "$(URL)" --out "$(OUT)"
