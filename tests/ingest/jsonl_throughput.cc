// Measures JSONL ingest throughput on a real corpus (not a test; run by
// hand): bazel run //tests/ingest:jsonl_throughput -- /tmp/baomoi.jsonl [RUNS]
// For the pure parser over bytes already in memory, and for IngestPaths
// (streamed file reading included), single-threaded, it prints MB/s by
// user CPU time, by user+system CPU time (system time is mostly page faults
// for the article texts, which are slow in VMs), and by wall time, plus the
// page faults taken.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ingest/files.h"
#include "ingest/ingest.h"

namespace {

struct Usage {
  double user = 0, sys = 0, wall = 0;
  long faults = 0;
};

Usage Now() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  Usage u;
  u.user = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
  u.sys = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  u.faults = ru.ru_minflt + ru.ru_majflt;
  u.wall = std::chrono::duration<double>(
               std::chrono::steady_clock::now().time_since_epoch())
               .count();
  return u;
}

void Print(const char* what, double mb, const Usage& a, const Usage& b) {
  std::printf(
      "  %-12s %5.0f MB/s user, %5.0f MB/s user+sys, %5.0f MB/s wall, "
      "%ld page faults\n",
      what, mb / (b.user - a.user), mb / (b.user - a.user + b.sys - a.sys),
      mb / (b.wall - a.wall), b.faults - a.faults);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: jsonl_throughput FILE.jsonl [RUNS]\n");
    return 2;
  }
  std::string bytes;
  if (FILE* f = std::fopen(argv[1], "rb")) {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) bytes.append(buf, n);
    std::fclose(f);
  }
  const double mb = bytes.size() / 1e6;
  const int runs = argc == 3 ? std::atoi(argv[2]) : 3;
  for (int run = 0; run < runs; ++run) {
    std::printf("run %d, %.1f MB:\n", run + 1, mb);
    Usage a = Now();
    {
      wirecheck::IngestResult r;
      wirecheck::ParseJsonl(argv[1], bytes, &r);
      Usage b = Now();
      Print("ParseJsonl", mb, a, b);
    }
    a = Now();
    const wirecheck::IngestResult f =
        wirecheck::IngestPaths({argv[1]}, wirecheck::IngestOptions(), nullptr);
    Print("IngestPaths", mb, a, Now());
    std::printf("  %s\n", f.Summary().c_str());
  }
  return 0;
}
