"""Compiler flags shared by every wirecheck target, defined once."""

WIRECHECK_COPTS = [
    "-Wall",
    "-Wextra",
    "-Wno-sign-compare",
    "-Wno-unused-parameter",
]
