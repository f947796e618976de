# The Warta services (ingest, enrich, index) for docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY warta ./warta
COPY ingest ./ingest
COPY enrich ./enrich
COPY index ./index
COPY kibana ./kibana
# Editable, so that the Kibana objects in /app/kibana are found beside the code.
RUN pip install --no-cache-dir -e .
ENV WARTA_DATA_DIR=/data
CMD ["warta", "--help"]
