"""Qt-free, I/O-free domain: routines, profile, adaptation, timeline compiler and pacer maths."""
