/* throttle.h - the rule for slowing down repeated attempts (logins per account and per client address, requests for access). */
#ifndef DOORBRAAK_THROTTLE_H
#define DOORBRAAK_THROTTLE_H

#include <stdbool.h>
#include <time.h>

struct throttle {
	int failures;            /* attempts counted within the current window (successes are taken back) */
	time_t window_start;
	time_t blocked_until;    /* 0 = not blocked */
};

struct throttle_policy {
	int max_failures;        /* attempts a window allows */
	int window;              /* seconds */
	int block;               /* seconds blocked when an attempt beyond max_failures is refused */
};

/*
 * Counts an attempt *before* it is checked, so that attempts running at the
 * same time all count (the caller reads, counts and writes the state in one
 * transaction). Returns true when the attempt may go ahead: it counts as a
 * failure until throttle_forgive takes it back. Returns false when it may
 * not: while a block lasts, or when max_failures attempts were counted in
 * the current window; that refusal starts a block of p->block seconds.
 */
bool throttle_attempt(struct throttle *t, const struct throttle_policy *p, time_t now);
/* The attempt counted last succeeded: it no longer counts. */
void throttle_forgive(struct throttle *t);
/* True while a block lasts. */
bool throttle_blocked(const struct throttle *t, time_t now);
/* Seconds until the block ends (rounded up to whole minutes by the caller). */
long throttle_remaining(const struct throttle *t, time_t now);

#endif
