"""wirecheck_fuzzer: one libFuzzer target and its replay binary."""

load("@rules_cc//cc:defs.bzl", "cc_binary", "cc_library")
load("//bazel:copts.bzl", "WIRECHECK_COPTS")

def wirecheck_fuzzer(name, srcs, deps):
    """Defines `name` (a binary) and `name_lib` (its LLVMFuzzerTestOneInput).

    With --config=fuzz (clang) the binary is a libFuzzer fuzzer; otherwise it
    replays the files named on its command line (fuzz/replay_main.cc), and
    tests/fuzz/ runs the library over the stored regression inputs.
    """
    cc_library(
        name = name + "_lib",
        srcs = srcs,
        copts = WIRECHECK_COPTS,
        deps = deps + ["//fuzz:fuzz_check"],
        alwayslink = True,
    )
    cc_binary(
        name = name,
        deps = [":" + name + "_lib"] + select({
            "//fuzz:libfuzzer": [],
            "//conditions:default": ["//fuzz:replay_main"],
        }),
        linkopts = select({
            "//fuzz:libfuzzer": ["-fsanitize=fuzzer"],
            "//conditions:default": [],
        }),
    )
