"""Qt-free private history: the SQLite store of sessions, check-ins, journal entries and app state.

``store.Store`` is the only writer; it commits durably before returning, keeps the database
0600 in a 0700 folder, and migrates the schema with ``PRAGMA user_version``. Nothing here
imports Qt or talks to the network.
"""
