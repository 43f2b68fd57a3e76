"""Qt-free private history: the SQLite store of sessions, check-ins (with body maps), journal
entries, PEG-3, ketamine session times and app state, and what is computed and exported from it.

- ``store.Store`` is the only writer; it commits durably before returning, keeps the database
  0600 in a 0700 folder, and migrates the schema (``schema.py``) with ``PRAGMA user_version``.
- ``records``: the values the store hands out. ``snapshot``: the whole history as numpy columns
  for charts. ``analysis``: the descriptive numbers of the history view and the report.
- ``backup``: single-file backups and checked restores. ``exports`` and ``fhir``: CSV and FHIR
  R4 files, written atomically. ``demo``: clearly marked synthetic history.

Nothing here imports Qt or talks to the network; numpy is imported only by the chart and demo
modules, never by opening the store.
"""
