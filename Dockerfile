# wirewatch: one image for every service; the command picks the service
# (`ingest --serve`, `extract --serve`, `dedup`, `alert`). Configuration comes
# only from WIREWATCH_* environment variables (see docs/operations.md).

# Build stage: wheels for the package and its dependencies. The compiler stays
# here, in case a dependency has no wheel for this platform.
FROM python:3.11-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml ./
COPY services ./services
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

# Runtime stage: only the installed wheels and an unprivileged user.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    WIREWATCH_INGEST_HOST=0.0.0.0 \
    WIREWATCH_METRICS_HOST=0.0.0.0
RUN groupadd --system --gid 10001 wirewatch \
    && useradd --system --uid 10001 --gid wirewatch --home-dir /var/lib/wirewatch \
       --create-home --shell /usr/sbin/nologin wirewatch
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels wirewatch \
    && rm -rf /wheels
# Faust keeps a small data directory in the working directory: make it writable.
WORKDIR /var/lib/wirewatch
USER 10001:10001
# ingest API, then the /metrics, /healthz, /readyz ports of extract, dedup, alert.
EXPOSE 8080 8081 8082 8083
ENTRYPOINT ["wirewatch"]
CMD ["--help"]
