"""The local stack: a single-node Apache Kafka and an Elasticsearch node from Maven Central, no Docker.

`warta stack prepare` resolves the jars and compiles the stand-in Elasticsearch modules;
`warta stack up|down|status` start, stop and report the two servers. See stack/README.md.
"""
