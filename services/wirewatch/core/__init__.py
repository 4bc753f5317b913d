"""Pure Python decisions: no Kafka, no Redis, no asyncio."""
