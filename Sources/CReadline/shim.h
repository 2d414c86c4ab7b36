#ifndef REPERE_CREADLINE_SHIM_H
#define REPERE_CREADLINE_SHIM_H
// Only includes the real headers: GNU readline needs stdio first.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
