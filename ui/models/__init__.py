"""Qt item models over façade results (drafts, outbox)."""
