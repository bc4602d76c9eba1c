#!/usr/bin/env python3
"""Trains and measures the Zstandard dictionary stored claims are compressed
with (data/claims.zdict, store/claims_codec.h).

Samples are the uncompressed claim payloads of stores filled by
`wirecheck check --store` (or `store rebuild`), picked by row number:

  bench/claims_dict.py train OUT.zdict STORE:MOD:REM ...   # rows seq % MOD == REM
  bench/claims_dict.py eval  DICT.zdict STORE:MOD:REM ...  # bytes per blob

Needs the zstd command (Debian's `zstd`, 1.5.4 here): `zstd --train` with
its defaults is deterministic for the same samples.

data/claims.zdict is trained only on text the project owns, never on the
corpora in ../shared/corpora (their licences are unknown, and a dictionary
is made of their strings): the synthetic corpus tests/python/dask_claims_test
generates (seed 7, 2,814 articles), stored by `check --store`:

  python3 -c 'import importlib.util, json, sys; sys.argv = ["x"]
  s = importlib.util.spec_from_file_location("t", "tests/python/dask_claims_test.py")
  m = importlib.util.module_from_spec(s); s.loader.exec_module(m)
  print("\n".join(json.dumps(a, ensure_ascii=False) for a in m.Corpus(7).generate()))' > /tmp/synth.jsonl
  bazel-bin/cli/wirecheck check --store=/tmp/synth.db /tmp/synth.jsonl > /dev/null
  bench/claims_dict.py train data/claims.zdict /tmp/synth.db:1:0

It captures the blobs' structure and the lexicon's words, not real names:
on 500 baomoi articles it saves 6 % (2,717 -> 2,557 bytes a blob); one
trained on scraped news saved 23 %, which is what a user may get by
training on their own archive (and bumping kClaimsCodecVersion).
"""
import os
import sqlite3
import subprocess
import sys
import tempfile


def varint_end(blob, i):
    while blob[i] & 0x80:
        i += 1
    return i + 1


# The dictionary the stores being read were written with: the one compiled in.
STORED_WITH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                           "data", "claims.zdict")


def payloads(spec, dictionary=STORED_WITH):
    """Yields (header bytes, payload) of the claims rows `spec` selects;
    blobs of layout 2 on are read with `dictionary`."""
    path, mod, rem = spec.rsplit(":", 2)
    db = sqlite3.connect(path)
    for (blob,) in db.execute(
            "SELECT data FROM claims WHERE seq % ? = ? ORDER BY seq",
            (int(mod), int(rem))):
        start = varint_end(blob, 1) + 8  # layout byte, size, XXH3-64
        cmd = ["zstd", "-dc"]
        if blob[0] >= 2:  # Layouts from 2 on are compressed with the dictionary.
            cmd += ["-D", dictionary]
        out = subprocess.run(cmd, input=blob[start:], capture_output=True,
                             check=True).stdout
        yield blob[:start], out


def train(out, specs):
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for spec in specs:
            for _, payload in payloads(spec):
                with open(os.path.join(tmp, "%06d" % n), "wb") as f:
                    f.write(payload)
                n += 1
        subprocess.run(["zstd", "--train", "-q", "-r", tmp, "-o", out,
                        "--maxdict=65536"], check=True)
    print("trained %s on %d payloads" % (out, n))


def evaluate(dictionary, specs):
    for spec in specs:
        n = plain = with_dict = 0
        for header, payload in payloads(spec):
            z = ["zstd", "-c", "-3"]
            plain += len(header) + len(subprocess.run(
                z, input=payload, capture_output=True, check=True).stdout)
            with_dict += len(header) + len(subprocess.run(
                z + ["-D", dictionary], input=payload, capture_output=True,
                check=True).stdout)
            n += 1
        print("%-40s %5d blobs: %6.0f bytes each without the dictionary, "
              "%6.0f with" % (spec, n, plain / max(n, 1), with_dict / max(n, 1)))


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("train", "eval"):
        sys.exit(__doc__)
    (train if sys.argv[1] == "train" else evaluate)(sys.argv[2], sys.argv[3:])
