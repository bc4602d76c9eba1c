// util/status_macros.h: the two Status helpers Abseil 20220623 lacks.
//
// RETURN_IF_ERROR(expr): evaluates an absl::Status expression and returns it
// from the calling function when it is not OK.
// ASSIGN_OR_RETURN(lhs, expr): evaluates an absl::StatusOr<T> expression;
// on error returns its status, otherwise moves the value into `lhs`.
//
//   ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
//   RETURN_IF_ERROR(Validate(bytes));
#ifndef WIRECHECK_UTIL_STATUS_MACROS_H_
#define WIRECHECK_UTIL_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define WIRECHECK_CONCAT_INNER_(a, b) a##b
#define WIRECHECK_CONCAT_(a, b) WIRECHECK_CONCAT_INNER_(a, b)

#define RETURN_IF_ERROR(expr)                              \
  do {                                                     \
    ::absl::Status wirecheck_status_ = (expr);             \
    if (!wirecheck_status_.ok()) return wirecheck_status_; \
  } while (0)

#define ASSIGN_OR_RETURN(lhs, expr) \
  WIRECHECK_ASSIGN_OR_RETURN_IMPL_( \
      WIRECHECK_CONCAT_(wirecheck_statusor_, __LINE__), lhs, expr)

#define WIRECHECK_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                     \
  if (!statusor.ok()) return statusor.status();               \
  lhs = std::move(statusor).value()

#endif  // WIRECHECK_UTIL_STATUS_MACROS_H_
