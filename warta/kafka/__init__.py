"""Kafka plumbing shared by every stage: topics, clients, the consume-process-produce-commit loop."""
