"""Records shared between computers (issue 18): gids, stamps, capture, merge, payloads.

- registry.py: which tables are shared and how (the one place to add a table)
- hlc.py: hybrid-logical-clock stamps
- triggers.py: change capture into sync_outbox
- serialise.py: records as JSON-ready dicts with gids for foreign keys
- outbox.py: collecting changes into a bundle payload (seq reserved durably)
- merge.py: applying records (higher stamp wins; natural keys; history)
- payloads.py: bundle/snapshot payloads, joining, the canonical export

Services use it through tracker/services/sync_changes.py.
"""
