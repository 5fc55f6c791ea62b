"""Store-and-forward sync: the outbox, a tus upload client and the office protocol client.

Nothing here needs the network to queue a package; ``runner.run_once`` sends whatever is
due when a link exists, and every step is keyed by the package id so a crash at any point
is repaired by the next pass.
"""
